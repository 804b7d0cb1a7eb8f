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

    private ArticleAnalyzer analyzer = null!;
    private SeedIndex index = null!;
    private SnippetHighlighter highlighter = null!;

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
    public void Snippets_from_the_postings_are_the_snippets_that_re_analysis_finds([ValueSource(nameof(Queries))] string query)
    {
        var terms = index.Terms(query);
        var docs = index.Articles.Select(index.DocOf).ToArray();

        var fromPostings = Rendered.Snippets(highlighter.BestSnippets(index.Reader, docs, terms));

        for (var i = 0; i < docs.Length; i++)
        {
            var seed = index.Articles[i];
            Assert.That(fromPostings[i], Is.EqualTo(Rendered.Snippets(highlighter.BestSnippets(seed.Text, seed.Language, terms))), seed.Name);
        }
    }

    [Test]
    public void Whole_text_from_the_postings_is_marked_as_re_analysis_marks_it([ValueSource(nameof(Queries))] string query)
    {
        var terms = index.Terms(query);
        foreach (var seed in index.Articles)
        {
            var html = Rendered.Paragraphs(highlighter.HighlightAll(index.Reader, index.DocOf(seed), seed.Text, seed.Language, terms));

            Assert.That(html, Is.EqualTo(Rendered.Paragraphs(highlighter.HighlightAll(seed.Text, seed.Language, terms))), seed.Name);
        }
    }

    [Test]
    public void Segments_written_without_offsets_get_the_same_snippets_by_re_analysis()
    {
        using var legacy = new SeedIndex(analyzer, schema: SeedSchema.WithoutOffsets);
        Assert.That(legacy.Reader.Leaves[0].AtomicReader.FieldInfos.FieldInfo(ArticleFields.BodyEnglish).IndexOptions,
            Is.Not.EqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS), "the legacy schema really has no offsets");

        AssertSameSnippetsAsTheCurrentIndex(legacy);
    }

    [Test]
    public void An_older_index_updated_and_merged_gets_the_same_snippets()
    {
        using var merged = new SeedIndex(analyzer, schema: SeedSchema.UpdatedAndMerged);
        var segment = merged.Reader.Leaves.Single().AtomicReader;
        var withText = segment.GetDocsWithField(ArticleFields.Text);
        Assert.That(Enumerable.Range(0, segment.MaxDoc).Count(withText.Get), Is.InRange(1, segment.MaxDoc - 1), "some documents lack text doc values");
        Assert.That(segment.FieldInfos.FieldInfo(ArticleFields.BodyEnglish).IndexOptions,
            Is.Not.EqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS), "a merge keeps the lesser index options");

        AssertSameSnippetsAsTheCurrentIndex(merged);
    }

    [Test]
    public void Snippets_of_a_page_follow_the_order_of_its_hits_across_segments_even_when_one_repeats()
    {
        using var segmented = new SeedIndex(analyzer, segmentPerArticle: true);
        var terms = segmented.Terms("meeting kazakhstan");
        var docs = segmented.Articles.Select(segmented.DocOf).Reverse().Append(segmented.DocOf(segmented.Articles[^1])).ToArray();
        Assert.That(segmented.Reader.Leaves, Has.Count.EqualTo(segmented.Articles.Count));

        var page = segmented.Highlight(highlighter, docs, terms);

        var expected = segmented.Articles.Reverse().Append(segmented.Articles[^1])
            .Select(seed => Rendered.Snippets(highlighter.BestSnippets(seed.Text, seed.Language, terms)));
        Assert.That(page, Is.EqualTo(expected));
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

        Assert.That(early, Does.StartWith("The <mark>summit</mark> opened.").And.EndWith("…"));
        Assert.That(late, Does.StartWith("The summit opened.").And.EndWith("…").And.Not.Contains("<mark>"));
        Assert.That(Rendered.Snippet(highlighter.BestSnippets(seed.Text, seed.Language, single.Terms("blinken")).Single()), Is.EqualTo(late));
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

    private void AssertSameSnippetsAsTheCurrentIndex(SeedIndex other)
    {
        foreach (var query in Queries)
        {
            var fromOther = Rendered.Snippets(highlighter.BestSnippets(other.Reader, other.Articles.Select(other.DocOf).ToArray(), other.Terms(query)));
            var current = Rendered.Snippets(highlighter.BestSnippets(index.Reader, index.Articles.Select(index.DocOf).ToArray(), index.Terms(query)));

            Assert.That(fromOther, Is.EqualTo(current), query);
        }
    }
}
