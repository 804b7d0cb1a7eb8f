using System.Text.RegularExpressions;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>
/// Names found only through their spelling key are marked where the text writes them, in snippets, titles and the
/// article page, on the real English Central Asia and German Zeitgeist corpora indexed by the production pipeline.
/// </summary>
public sealed class NameKeyMarkingTests
{
    private RelevanceArchive archive = null!;
    private Dictionary<string, (string Title, string Text)> articles = null!;

    [OneTimeSetUp]
    public void IndexTheCorpora()
    {
        string[] sources = [RepositoryLocator.SharedCorpus("centralasia_en"), RepositoryLocator.SharedCorpus("zeitgeist_de")];
        articles = sources.SelectMany(SharedCorpus.Read).Where(r => r.Article is not null)
            .ToDictionary(r => r.Article!.Id, r => (r.Article!.Title, r.Article.Text), StringComparer.Ordinal);
        archive = new RelevanceArchive(sources, new ArticleAnalyzer());
    }

    [OneTimeTearDown]
    public void Remove() => archive.Dispose();

    [TestCase("Bakiyev", "Bakiev")]
    [TestCase("Tokajew", "Tokayev")]
    [TestCase("Kiew", "Kiev")]
    [TestCase("Kiev", "Kiew")]
    [TestCase("Taschkent", "Tashkent")]
    [TestCase("Duschanbe", "Dushanbe")]
    [TestCase("Bischkek", "Bishkek")]
    [TestCase("Sochi", "Sotschi")]
    [TestCase("Kijew", "Kiew")]
    public void A_name_marks_its_other_romanisation_in_the_snippets(string query, string written)
    {
        // Articles writing only the other spelling, early enough for the snippets to look at it.
        var writing = Ids(id => Writes(Start(articles[id].Text), written) && !Writes(articles[id].Title + "\n" + articles[id].Text, query));
        Assume.That(writing, Is.Not.Empty, $"the corpora write {written}");

        var hits = Hits(query).Where(h => writing.Contains(h.Id)).ToList();

        Assert.That(hits, Has.Count.EqualTo(writing.Count));
        foreach (var hit in hits)
        {
            Assert.That(MarkedWords(hit.Snippets), Has.Some.StartsWith(written), hit.Id);
        }
    }

    [TestCase("Tokajew", "Tokayev")]
    [TestCase("Bakijew", "Bakiev")]
    [TestCase("Kiev", "Kiew")]
    [TestCase("Bischkek", "Bishkek")]
    public void A_name_marks_its_other_romanisation_in_titles(string query, string written)
    {
        var hits = Hits(query).Where(h => Writes(h.Title, written)).ToList();
        Assume.That(hits, Is.Not.Empty, $"a title writes {written}");

        foreach (var hit in hits)
        {
            Assert.That(MarkedWords([hit.MarkedTitle!]), Has.Some.StartsWith(written), hit.Title);
            Assert.That(hit.MarkedTitle!.Text, Is.EqualTo(hit.Title));
        }
    }

    [TestCase("Tokayev")]
    [TestCase("Bakiev")]
    [TestCase("Kiew")]
    [TestCase("Tashkent")]
    public void The_spelling_typed_is_still_marked(string query)
    {
        var hits = Hits(query).Where(h => Writes(Start(articles[h.Id].Text), query)).ToList();
        Assume.That(hits, Is.Not.Empty);

        foreach (var hit in hits)
        {
            Assert.That(MarkedWords(hit.Snippets), Has.Some.StartsWith(query), hit.Id);
        }
    }

    [Test]
    public void A_dictionary_word_marks_no_false_friend()
    {
        // Staat shares its key with Stadt and statt; as a dictionary word it gets no key, so only its own forms are marked.
        var marked = Hits("Staat").SelectMany(h => MarkedWords([.. h.Snippets, h.MarkedTitle!])).ToList();
        Assume.That(marked, Is.Not.Empty);

        Assert.That(marked.Where(word => !word.Contains("staat", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [TestCase("Kijew", "Kiew")]
    [TestCase("Kijev", "Kiev")]
    [TestCase("Kiev", "Kiew")]
    public void The_article_page_marks_the_other_romanisation(string query, string written)
    {
        // The page reads its highlight query as the search box does, translation included: the dictionary joins Kiev
        // and Kiew, only the spelling key joins the older romanisations Kijew and Kijev to them.
        var id = Ids(id => Writes(articles[id].Text, written) && !Writes(articles[id].Text, query)).First();

        var view = archive.Searcher.Find(id, query)!;

        var marked = MarkedWords(view.Paragraphs);
        Assert.That(marked, Is.Not.Empty);
        Assert.That(marked, Has.All.EqualTo(written));
    }

    // As much of a text as snippets certainly look at.
    private static string Start(string text) => text[..Math.Min(text.Length, 9_000)];

    private List<string> Ids(Func<string, bool> keep) => [.. articles.Keys.Where(keep).Order(StringComparer.Ordinal)];

    // The word as a token of its own, as the tokenizer sees it: not run together ("KiewBericht") nor joined by a colon,
    // a full stop or an apostrophe to the next word ("Entwicklungen:Kiew"), which the tokenizer keeps as one token.
    private static bool Writes(string text, string word) =>
        Regex.IsMatch(text, $@"(?<![\w+-])(?<!\w[:.']){Regex.Escape(word)}(?![\w+-])(?![:.']\w)");

    private static List<string> MarkedWords(IEnumerable<MarkedText> texts) =>
        [.. texts.SelectMany(t => t.Pieces()).Where(p => p.Marked).Select(p => p.Text)];

    // Translation off: the marks come from the spelling key alone, not from a dictionary entry for the name.
    private List<SearchHit> Hits(string query) =>
        [.. archive.Searcher.Search(SearchRequest.For(query, MatchMode.AnyWord) with { PageSize = 100, SnippetsPerHit = 3, Translate = false }).Hits];
}
