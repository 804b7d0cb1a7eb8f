using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Articles;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>Snippets of indexed articles, whose matches are read from the postings offsets.</summary>
public sealed class IndexedSnippetTests
{
    private static readonly string[] Queries =
    [
        "meeting", "kazakh*", "china cooperation", "Blinken", "treffen Almaty", "\"foreign ministers\"",
        "president", "\"Republic of Kazakhstan\"", "security -tokayev", "zzz",
    ];

    // Lucene's highlighter reads a phrase whose stop word left a gap as an unordered span with that much slop, so it
    // also marks "Kazakhstan, the Kyrgyz Republic"; ours marks the phrase only where it stands (see the test below).
    private static readonly string[] QueriesWithoutGappedPhrases = Queries.Where(q => q != "\"Republic of Kazakhstan\"").ToArray();

    private ArticleAnalyzer analyzer = null!;
    private SeedIndex index = null!;
    private SnippetHighlighter highlighter = null!;

    private List<SeedArticle> English => index.Articles.Where(a => a.Language == ArticleLanguage.English).ToList();

    [OneTimeSetUp]
    public void BuildIndex()
    {
        analyzer = new ArticleAnalyzer();
        index = new SeedIndex(analyzer);
        highlighter = new SnippetHighlighter(analyzer);
    }

    [OneTimeTearDown]
    public void DisposeIndex()
    {
        index.Dispose();
        analyzer.Dispose();
    }

    [Test]
    public void Whole_English_text_marks_the_words_Lucene_s_own_highlighter_marks([ValueSource(nameof(QueriesWithoutGappedPhrases))] string query)
    {
        var terms = index.Terms(query);
        var parsed = index.Parse(query);
        foreach (var seed in English)
        {
            var marked = SnippetText.Marked(index.Paragraphs(highlighter, seed, terms));

            Assert.That(marked, Is.EqualTo(LuceneHighlighterMarks.Words(analyzer, parsed, ArticleFields.BodyEnglish, seed.Text)), seed.Name);
        }
    }

    [Test]
    public void English_snippets_mark_only_words_Lucene_s_own_highlighter_marks([ValueSource(nameof(Queries))] string query)
    {
        var terms = index.Terms(query);
        var parsed = index.Parse(query);
        var docs = English.Select(index.DocOf).ToArray();

        var snippets = index.Highlight(highlighter, docs, terms);

        for (var i = 0; i < docs.Length; i++)
        {
            var expected = LuceneHighlighterMarks.Words(analyzer, parsed, ArticleFields.BodyEnglish, English[i].Text);
            var marked = snippets[i].SelectMany(SnippetText.Marked).ToList();
            Assert.That(marked, Is.SubsetOf(expected), English[i].Name);
            Assert.That(marked.Count > 0, Is.EqualTo(expected.Count > 0), $"{English[i].Name}: a snippet marks a match when there is one");
        }
    }

    [Test]
    public void Snippets_of_a_page_follow_the_order_of_its_hits_across_segments_even_when_one_repeats()
    {
        using var segmented = new SeedIndex(analyzer, segmentPerArticle: true);
        var terms = segmented.Terms("meeting kazakhstan");
        var docs = segmented.Articles.Select(segmented.DocOf).Reverse().Append(segmented.DocOf(segmented.Articles[^1])).ToArray();
        Assert.That(segmented.Reader.Leaves, Has.Count.EqualTo(segmented.Articles.Count));

        var page = segmented.Highlight(highlighter, docs, terms);

        // The same articles in one segment, highlighted one at a time.
        var expected = index.Articles.Reverse().Append(index.Articles[^1])
            .Select(seed => index.Snippets(highlighter, seed, index.Terms("meeting kazakhstan")));
        Assert.That(page, Is.EqualTo(expected));
        Assert.That(page.SelectMany(p => p).Count(s => s.Contains("<mark>", StringComparison.Ordinal)), Is.GreaterThan(2));
    }

    [Test]
    public void Snippet_marks_a_phrase_only_where_its_words_are_adjacent()
    {
        var seed = new SeedArticle("phrase", ArticleLanguage.English,
            "Foreign press waited outside. Ministers of the region spoke first. Later the foreign ministers signed.");
        using var single = new SeedIndex(analyzer, [seed]);

        var snippet = Rendered.Snippet(highlighter.BestSnippets(single.Reader, [0], single.Terms("\"foreign ministers\""), 1)[0].Single());

        Assert.That(snippet, Does.Contain("the <mark>foreign</mark> <mark>ministers</mark> signed"));
        Assert.That(SnippetText.Marked(snippet), Is.EqualTo(new[] { "foreign", "ministers" }));
    }

    [Test]
    public void Stop_words_of_a_phrase_are_not_marked_and_its_words_elsewhere_neither()
    {
        var seed = index.Seed("002");

        var html = Rendered.Paragraphs(highlighter.HighlightAll(index.Reader, index.DocOf(seed), seed.Text, seed.Language, index.Terms("\"Republic of Kazakhstan\"")));

        Assert.That(html, Does.Contain("the <mark>Republic</mark> of <mark>Kazakhstan</mark>, the Kyrgyz Republic, the Republic of Tajikistan"));
        Assert.That(SnippetText.Marked(html), Is.EqualTo(new[] { "Republic", "Kazakhstan" }));
    }

    [Test]
    public void German_compound_is_marked_whole_from_the_offsets_of_its_parts()
    {
        var seed = index.Seed("001");
        var terms = index.Terms("treffen");

        var html = Rendered.Paragraphs(highlighter.HighlightAll(index.Reader, index.DocOf(seed), seed.Text, seed.Language, terms));

        var marked = SnippetText.Marked(html);
        Assert.That(marked, Does.Contain("Außenministertreffen"));
        Assert.That(marked, Has.None.EqualTo("treffen").And.None.EqualTo("Außenminister"), "a part is never marked alone inside its compound");
    }

    [Test]
    public void Snippets_come_from_the_first_ten_thousand_characters_while_the_whole_text_is_marked_throughout()
    {
        var filler = string.Concat(Enumerable.Repeat("Nothing of note happened in this sentence. ", 300));
        var seed = new SeedArticle("long", ArticleLanguage.English, "The summit opened. " + filler + "Blinken arrived late. " + filler);
        using var single = new SeedIndex(analyzer, [seed]);
        Assert.That(seed.Text.IndexOf("Blinken", StringComparison.Ordinal), Is.GreaterThan(10_000));

        var early = single.Highlight(highlighter, [0], single.Terms("summit"))[0].Single();
        var late = single.Highlight(highlighter, [0], single.Terms("blinken"))[0].Single();
        var whole = Rendered.Paragraphs(highlighter.HighlightAll(single.Reader, 0, seed.Text, seed.Language, single.Terms("blinken")));

        // The window ends its sentence, so no ellipsis doubles its full stop.
        Assert.That(early, Does.StartWith("The <mark>summit</mark> opened.").And.EndWith("sentence."));
        Assert.That(late, Does.StartWith("The summit opened.").And.EndWith("…").And.Not.Contains("<mark>"), "the lead is cut inside a sentence");
        Assert.That(SnippetText.Marked(whole), Is.EqualTo(new[] { "Blinken" }));
    }

    [Test]
    public void Without_query_terms_each_hit_gets_its_lead_and_none_are_asked_for_none_are_built()
    {
        var docs = index.Articles.Select(index.DocOf).ToArray();

        var leads = Rendered.Snippets(highlighter.BestSnippets(index.Reader, docs, QueryTerms.None));
        var none = Rendered.Snippets(highlighter.BestSnippets(index.Reader, docs, index.Terms("meeting"), maxSnippets: 0));

        Assert.That(leads.Select(l => l.Single()), Has.All.Not.Contains("<mark>"));
        Assert.That(SnippetText.Visible(leads[3].Single()), Does.StartWith("date 2021-06-02 Kazakh President holds telephone conversation"));
        Assert.That(none, Has.All.Empty);
    }
}
