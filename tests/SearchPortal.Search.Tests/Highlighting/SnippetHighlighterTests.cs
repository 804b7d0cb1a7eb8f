using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Articles;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Highlighting;

namespace SearchPortal.Search.Tests.Highlighting;

public sealed class SnippetHighlighterTests
{
    private const int MaxVisibleSnippetLength = 320;

    private SeedIndex index = null!;
    private SnippetHighlighter highlighter = null!;

    [OneTimeSetUp]
    public void BuildIndex()
    {
        index = new SeedIndex(new ArticleAnalyzer());
        highlighter = new SnippetHighlighter(index.Analyzer);
    }

    [OneTimeTearDown]
    public void DisposeIndex()
    {
        index.Dispose();
        index.Analyzer.Dispose();
    }

    [Test]
    public void Stemmed_forms_of_an_English_query_word_are_marked()
    {
        var seed = index.Seed("004");

        var html = index.Paragraphs(highlighter, seed, index.Terms("meeting"));

        Assert.That(SnippetText.Marked(html), Does.Contain("Meeting").And.Contain("meeting").And.Contain("meetings"));
    }

    [Test]
    public void Prefix_query_marks_the_words_it_expands_to()
    {
        var seed = index.Seed("003");

        var snippets = index.Snippets(highlighter, seed, index.Terms("kazakh*"));

        var marked = snippets.SelectMany(SnippetText.Marked).ToList();
        Assert.That(marked, Does.Contain("Kazakh").And.Contain("Kazakhstan"));
    }

    [Test]
    public void German_compound_is_marked_whole_when_a_part_matches_and_the_part_alone_where_it_stands_alone()
    {
        var seed = index.Seed("001");

        var marked = SnippetText.Marked(index.Paragraphs(highlighter, seed, index.Terms("treffen")));

        Assert.That(marked, Does.Contain("Außenministertreffen").And.Contain("Treffen"));
        Assert.That(marked, Has.None.EqualTo("treffen"), "a part is never marked alone inside its compound");
    }

    [Test]
    public void Between_one_and_three_snippets_of_at_most_about_300_characters_are_returned(
        [Values("meeting", "kazakh*", "china cooperation", "Blinken", "treffen Almaty")] string query)
    {
        var terms = index.Terms(query);
        foreach (var seed in index.Articles)
        {
            var snippets = index.Snippets(highlighter, seed, terms);

            Assert.That(snippets, Has.Count.InRange(1, 3), seed.Name);
            Assert.That(snippets.Select(s => SnippetText.Visible(s).Length), Has.All.LessThanOrEqualTo(MaxVisibleSnippetLength), seed.Name);
        }
    }

    [Test]
    public void Snippets_are_cut_at_word_boundaries_and_marked_with_ellipses_where_cut(
        [Values("meeting", "kazakh*", "president", "treffen", "zzz")] string query)
    {
        var terms = index.Terms(query);
        foreach (var seed in index.Articles)
        {
            var text = SnippetText.Collapsed(seed.Text);
            foreach (var snippet in index.Snippets(highlighter, seed, terms))
            {
                var visible = SnippetText.Visible(snippet);
                var body = visible.Trim('…');
                var at = text.IndexOf(body, StringComparison.Ordinal);
                var end = at + body.Length;

                Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{seed.Name}: snippet is a passage of the text: {visible}");
                Assert.That(at == 0 || text[at - 1] == ' ', Is.True, $"{seed.Name}: starts at a word: {visible}");
                // A snippet clipped inside a sentence ends at a word, having dropped a comma or colon there, with an
                // ellipsis; one ending its sentence needs none.
                var endsSentence = body.TrimEnd('"', '\'', '”', '“', '’', '»', '«', ')') is [.., '.' or '!' or '?' or '…'];
                Assert.That(end == text.Length || text[end] == ' ' || (!endsSentence && text[end] is ',' or ';' or ':' or '-' or '–'), Is.True, $"{seed.Name}: ends at a word: {visible}");
                Assert.That(visible.StartsWith('…'), Is.EqualTo(at > 0), $"{seed.Name}: leading ellipsis: {visible}");
                Assert.That(visible.EndsWith('…'), Is.EqualTo(end < text.Length && !endsSentence), $"{seed.Name}: trailing ellipsis: {visible}");
            }
        }
    }

    [Test]
    public void Single_snippet_is_the_window_with_the_most_distinct_terms_not_the_first_match()
    {
        var seed = index.Seed("003");

        var snippets = index.Snippets(highlighter, seed, index.Terms("meeting afghanistan"), maxSnippets: 1);

        var marked = SnippetText.Marked(snippets.Single());
        Assert.That(marked, Does.Contain("Afghanistan"));
        Assert.That(marked.Select(m => m.ToLowerInvariant()), Does.Contain("meeting"));
    }

    [Test]
    public void Snippets_follow_text_order_without_overlapping()
    {
        var seed = index.Seed("004");

        var snippets = index.Snippets(highlighter, seed, index.Terms("meeting tokayev security"));

        var text = SnippetText.Collapsed(seed.Text);
        var positions = snippets.Select(s => text.IndexOf(SnippetText.Visible(s).Trim('…'), StringComparison.Ordinal)).ToList();
        Assert.That(snippets, Has.Count.EqualTo(3));
        Assert.That(positions, Is.Ordered.Ascending);
        for (var i = 1; i < positions.Count; i++)
        {
            var previousEnd = positions[i - 1] + SnippetText.Visible(snippets[i - 1]).Trim('…').Length;
            Assert.That(positions[i], Is.GreaterThanOrEqualTo(previousEnd));
        }
    }

    [Test]
    public void Hostile_text_is_encoded_inside_and_outside_marks()
    {
        const string text = "The meeting <script>alert(1)</script> & the <b>meeting</b> of Tom &amp; Jerry's \"friends\".";
        var seed = new SeedArticle("hostile", ArticleLanguage.English, text);
        using var hostile = new SeedIndex(index.Analyzer, [seed]);
        var terms = hostile.Terms("meeting script");

        var snippet = hostile.Snippets(highlighter, seed, terms).Single();
        var all = hostile.Paragraphs(highlighter, seed, terms);

        foreach (var html in new[] { snippet, all })
        {
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<b>"));
            Assert.That(html, Does.Contain("&lt;<mark>script</mark>&gt;").And.Contain("&amp;amp;"));
            Assert.That(SnippetText.Visible(html), Does.Contain(text));
        }
    }

    [Test]
    public void Without_a_match_the_lead_of_the_text_is_returned_unmarked()
    {
        var seed = index.Seed("003");

        foreach (var terms in new[] { index.Terms("blinken"), QueryTerms.None })
        {
            var snippet = index.Snippets(highlighter, seed, terms).Single();

            var visible = SnippetText.Visible(snippet);
            Assert.That(snippet, Does.Not.Contain("<mark>"));
            Assert.That(visible, Does.StartWith("date 2021-06-02 Kazakh President holds telephone conversation"));
            Assert.That(visible, Does.EndWith("…"));
            Assert.That(visible.Length, Is.InRange(200, 260));
        }
    }

    [Test]
    public void A_long_run_without_spaces_is_never_cut_inside_a_surrogate_pair()
    {
        var seed = new SeedArticle("flags", ArticleLanguage.English, "Meeting " + string.Concat(Enumerable.Repeat("🇰🇿", 300)));
        using var flags = new SeedIndex(index.Analyzer, [seed]);

        var snippets = flags.Snippets(highlighter, seed, flags.Terms("meeting"));
        Assert.That(snippets.SelectMany(SnippetText.Marked), Is.EqualTo(new[] { "Meeting" }));

        foreach (var visible in snippets.Select(SnippetText.Visible))
        {
            for (var i = 0; i < visible.Length; i++)
            {
                Assert.That(char.IsSurrogate(visible[i]) && !char.IsSurrogatePair(visible, i) && !(i > 0 && char.IsSurrogatePair(visible, i - 1)), Is.False, visible);
            }
        }
    }

    [Test]
    public void Text_of_unknown_language_is_matched_by_the_neutral_field()
    {
        var seed = index.Seed("002") with { Language = ArticleLanguage.Unknown };
        using var unknown = new SeedIndex(index.Analyzer, [seed]);

        var snippets = unknown.Snippets(highlighter, seed, unknown.Terms("meeting"));

        var marked = snippets.SelectMany(SnippetText.Marked).ToList();
        Assert.That(marked, Does.Contain("meeting"));
        Assert.That(marked, Does.Not.Contain("Meets"), "no English stemming for an article of unknown language");
    }

    [Test]
    public void Words_found_only_in_the_neutral_field_are_marked_in_a_German_text()
    {
        var seed = index.Seed("001");
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.BodyGerman, "almaty")), Occur.SHOULD },
            { new TermQuery(new Term(ArticleFields.BodyNeutral, "beziehungen")), Occur.SHOULD },
        };
        Assert.That(index.Terms("beziehungen").For(ArticleFields.BodyGerman), Does.Not.Contain("beziehungen"), "the German chain stems the word");

        var marked = SnippetText.Marked(index.Paragraphs(highlighter, seed, QueryTerms.From(query, index.Reader)));

        Assert.That(marked, Does.Contain("Beziehungen").And.Contain("Almaty"));
    }

    [Test]
    public void No_snippets_are_asked_for_none_are_returned()
    {
        var seed = index.Seed("002");

        Assert.That(index.Snippets(highlighter, seed, index.Terms("meeting"), maxSnippets: 0), Is.Empty);
    }

    [Test]
    public void Whole_text_is_one_paragraph_per_blank_line_separated_block_with_marks_inside()
    {
        var seed = index.Seed("002");

        var html = index.Paragraphs(highlighter, seed, index.Terms("blinken"));

        var blocks = System.Text.RegularExpressions.Regex.Split(seed.Text, @"\n\s*\n").Count(b => b.Trim().Length > 0);
        Assert.That(System.Text.RegularExpressions.Regex.Count(html, "<p>"), Is.EqualTo(blocks));
        Assert.That(System.Text.RegularExpressions.Regex.Count(html, "</p>"), Is.EqualTo(blocks));
        Assert.That(html, Does.StartWith("<p>Tajikistan</p><p>Secretary <mark>Blinken’s</mark> C5&#x2B;1 Meeting"));
        Assert.That(SnippetText.Collapsed(SnippetText.Visible(html.Replace("</p>", "\n", StringComparison.Ordinal))), Is.EqualTo(SnippetText.Collapsed(seed.Text)));
    }
}
