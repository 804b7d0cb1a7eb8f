using SearchPortal.Search.Analysis;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>Titles marked like snippets, and snippets clipped without doubled punctuation, on the Central Asia corpus.</summary>
public sealed class RealCorpusMarkingTests
{
    private static readonly string[] Queries = ["Kazakhstan", "president talks", "cooperation", "water energy", "Tokayev", "SCO summit", "Mirziyoyev visit"];

    private RelevanceArchive archive = null!;

    [OneTimeSetUp]
    public void Build() => archive = new RelevanceArchive([RepositoryLocator.SharedCorpus("centralasia_en")], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void Dispose() => archive?.Dispose();

    private IReadOnlyList<SearchHit> Hits(string query) =>
        archive.Searcher.Search(SearchRequest.For(query, MatchMode.AnyWord) with { PageSize = 50, SnippetsPerHit = 3 }).Hits;

    private static string Rendered(MarkedText text) =>
        (text.ClippedBefore ? MarkedText.Ellipsis : "") + text.Text + (text.ClippedAfter ? MarkedText.Ellipsis : "");

    [Test]
    public void Titles_mark_the_words_of_the_query()
    {
        var hits = Hits("Kazakhstan").Where(h => h.Title.Contains("Kazakhstan", StringComparison.Ordinal)).ToList();

        Assert.That(hits, Is.Not.Empty);
        foreach (var hit in hits)
        {
            var marked = hit.MarkedTitle!.Pieces().Where(p => p.Marked).Select(p => p.Text).ToList();
            Assert.That(marked, Has.Some.StartsWith("Kazakhstan"), hit.Title);
            Assert.That(hit.MarkedTitle.Text, Is.EqualTo(hit.Title));
        }
    }

    [Test]
    public void A_clipped_snippet_never_doubles_the_punctuation_where_it_ends()
    {
        var snippets = Queries.SelectMany(Hits).SelectMany(h => h.Snippets).Select(Rendered).ToList();

        Assert.That(snippets, Has.Count.GreaterThan(100));
        foreach (var doubled in new[] { ".…", "!…", "?…", ",…", ";…", ":…", "……", "….", ". .", ",," })
        {
            Assert.That(snippets.Where(s => s.Contains(doubled, StringComparison.Ordinal)), Is.Empty, doubled);
        }
    }
}
