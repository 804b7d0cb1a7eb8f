using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The postings budget of prefixes, on articles indexed by the production rebuild: 40 articles name the port of
/// Zetaport, 300 others one registry code each (zetacode000 to zetacode299), so "zeta*" expands to one frequent word
/// and 300 rare ones.
/// </summary>
public sealed class PrefixBoundTests : RebuiltIndexTests
{
    private const int PortArticles = 40;
    private const int CodeArticles = 300;

    private protected override void Rebuild(TempIndexRoot root)
    {
        var pipeline = new IngestionPipeline(SearcherFixture.Vocabulary);
        var records = Enumerable.Range(0, PortArticles)
            .Select(i => Record("port-" + i.ToString(CultureInfo.InvariantCulture), "Shipping news", "Cargo left Zetaport on Monday for the Caspian coast."))
            .Concat(Enumerable.Range(0, CodeArticles).Select(i => Record(
                "code-" + i.ToString(CultureInfo.InvariantCulture),
                "Registry codes",
                string.Create(CultureInfo.InvariantCulture, $"The registry lists zetacode{i:D3} among its entries."))));
        root.Rebuilder.Rebuild(records, pipeline.Annotator.Annotate);
    }

    [Test]
    public void A_prefix_within_the_budget_finds_every_word_it_expands_to()
    {
        var response = Searcher.Search(SearchRequest.For("zeta*", MatchMode.AllWords));

        Assert.That(response.Total, Is.EqualTo(PortArticles + CodeArticles));
        Assert.That(response.Notice, Is.Null);
    }

    [Test]
    public void A_prefix_past_the_postings_budget_keeps_its_most_frequent_words_and_says_so()
    {
        // Zetaport's postings (40 articles in each body field it is indexed in) fit; few of the codes do.
        var searcher = new ArticleSearcher(Index, SearcherFixture.Vocabulary) { MaxPrefixPostings = 200 };

        var response = searcher.Search(SearchRequest.For("zeta*", MatchMode.AllWords) with { PageSize = 100 });

        Assert.That(response.Notice, Is.EqualTo(PrefixBound.Notice));
        Assert.That(response.Total, Is.LessThan(PortArticles + CodeArticles));
        var ports = searcher.Search(SearchRequest.For("zeta* Cargo", MatchMode.AllWords) with { PageSize = 100 });
        Assert.That(ports.Total, Is.EqualTo(PortArticles));
    }

    [Test]
    public void The_words_a_cut_prefix_kept_are_marked_in_the_snippets()
    {
        var searcher = new ArticleSearcher(Index, SearcherFixture.Vocabulary) { MaxPrefixPostings = 200 };

        var response = searcher.Search(SearchRequest.For("zeta* Cargo", MatchMode.AllWords));

        var marked = response.Hits.SelectMany(h => h.Snippets).SelectMany(s => s.Marks.Select(m => s.Text[m.Start..m.End]));
        Assert.That(marked, Does.Contain("Zetaport"));
    }

    [Test]
    public void The_term_budget_keeps_the_most_frequent_terms_of_all_prefixes_together()
    {
        using var lease = Index.Lease();
        var parsed = new SearchPortal.Search.Querying.ArticleQueryParser(Index.Analyzer, SearcherFixture.Vocabulary).Parse("zeta*");

        var bounded = PrefixBound.Bound(lease.Searcher.IndexReader, parsed.Query, out var cut, maxTerms: 1);

        Assert.That(cut, Is.True);
        Assert.That(lease.Searcher.Search(bounded, 1000).TotalHits, Is.EqualTo(PortArticles));
    }

    private static IngestRecord Record(string id, string title, string text) =>
        IngestRecord.Read("generated:" + id, new Article(id, title, text, "en", new DateOnly(2024, 5, 1), "generated", null, null));
}
