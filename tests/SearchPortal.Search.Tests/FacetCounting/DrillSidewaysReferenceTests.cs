using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Language;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>
/// The searcher's facet path (ordinal arrays, cached value sets, the candidates filter) against a plain reference on
/// real news: hits and top ids from the query with every filter as a required clause, and each dimension's counts read
/// from the stored values of the documents matching the query and every other dimension's filter. The index has two
/// segments and deletions (an update dropped articles and added German ones); searched in one pass and in slices.
/// </summary>
public sealed class DrillSidewaysReferenceTests
{
    private static readonly string[] Queries =
        ["", "president", "Kazakhstan", "\"foreign ministers\"", "water energy", "China OR Russia", "Regierung", "Außenminister", "-president cooperation"];

    private readonly string root = Path.Combine(Path.GetTempPath(), "sp-sideways-" + Guid.NewGuid().ToString("N"));
    private ArticleAnalyzer analyzer = null!;
    private FacetVocabulary vocabulary = null!;
    private ArticleIndex index = null!;
    private ArticleSearcher searcher = null!;

    [OneTimeSetUp]
    public void Build()
    {
        var english = RepositoryLocator.SharedCorpus("centralasia_en");
        var german = RepositoryLocator.SharedCorpus("frontpage_de");
        analyzer = new ArticleAnalyzer();
        vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var annotator = new ArticleAnnotator(new FacetExtractor(vocabulary));
        var sources = ArticleSourceReader.Create(new LanguageDetector());
        var location = new IndexLocation(root);
        new IndexRebuilder(location, analyzer).Rebuild(sources.Read([english]), annotator.Annotate);
        var kept = sources.Read([english]).Where((_, i) => i % 5 != 0);
        new IndexUpdater(location, analyzer).Update(kept.Concat(sources.Read([german]).Take(800)), annotator.Annotate);
        index = new ArticleIndex(root);
        searcher = new ArticleSearcher(index, vocabulary, analyzer);
    }

    [OneTimeTearDown]
    public void Remove()
    {
        index.Dispose();
        analyzer.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void The_index_has_several_segments_and_deleted_articles()
    {
        using var lease = index.Lease();

        Assert.That(lease.Searcher.IndexReader.Leaves, Has.Count.GreaterThan(1));
        Assert.That(lease.Searcher.IndexReader.NumDeletedDocs, Is.GreaterThan(0));
    }

    [Test]
    public void Hits_top_ids_and_every_count_equal_the_reference_under_zero_to_three_filters() => CompareWithReference(searcher);

    [Test]
    public void Searching_segments_in_parallel_runs_answers_as_one_pass_does()
    {
        var sliced = new ArticleSearcher(index, vocabulary, analyzer) { Slices = 3, SlicedFromDocs = 1 };
        using (var lease = index.Lease())
        {
            var reader = lease.Searcher.IndexReader;
            var slices = SlicedSearch.Slices(reader, 3, 1);
            Assert.That(slices, Has.Count.EqualTo(Math.Min(3, reader.Leaves.Count)));
            Assert.That(slices.SelectMany(s => s).Select(s => (s.Leaf.Ord, s.From, s.To)), Is.EqualTo(reader.Leaves.Select(l => (l.Ord, 0, l.AtomicReader.MaxDoc))));
        }

        CompareWithReference(sliced);
    }

    private void CompareWithReference(ArticleSearcher under)
    {
        var compared = 0;
        foreach (var filters in FilterSets())
        {
            foreach (var query in Queries)
            {
                var request = new SearchRequest(query, filters, PageSize: 10, Snippets: false, FacetTopN: 10_000, RequireAllWords: true, SuggestCorrections: false);
                var fast = under.Search(request);
                var secondPage = under.Search(request with { Page = 2, FacetDimensions = [] });
                var again = under.Search(request);
                var reference = Reference(query, filters);
                var label = $"{query} | {Describe(filters)}";

                Assert.That(fast.Total, Is.EqualTo(reference.Total), label);
                Assert.That(fast.Hits.Select(h => h.Id), Is.EqualTo(reference.TopIds.Take(10)), label);
                Assert.That(secondPage.Hits.Select(h => h.Id), Is.EqualTo(reference.TopIds.Skip(10)), label);
                Assert.That(secondPage.Total, Is.EqualTo(reference.Total), label);
                foreach (var dimension in FacetDimension.All)
                {
                    var counts = fast.Facets.Single(f => f.Dimension == dimension).Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);
                    Assert.That(counts, Is.EquivalentTo(reference.Counts[dimension]), $"{label} | {dimension}");
                }

                Assert.That(again.Facets.SelectMany(f => f.Values), Is.EqualTo(fast.Facets.SelectMany(f => f.Values)), label);
                compared += reference.Total > 0 ? 1 : 0;
            }
        }

        Assert.That(compared, Is.GreaterThan(20), "too few searches found anything to compare");
    }

    /// <summary>None; the top country; it with the top year and format; two countries with a language; a
    /// malformed year beside a real one; an official with a format; a value no article has.</summary>
    private IEnumerable<Dictionary<string, IReadOnlyList<string>>> FilterSets()
    {
        var all = searcher.Search(new SearchRequest(string.Empty, new Dictionary<string, IReadOnlyList<string>>(), Snippets: false, FacetTopN: 3));
        string Top(string dimension, int rank) => all.Facets.Single(f => f.Dimension == dimension).Values[rank].Value;

        yield return [];
        yield return new() { [FacetDimension.Country] = [Top(FacetDimension.Country, 0)] };
        yield return new()
        {
            [FacetDimension.Country] = [Top(FacetDimension.Country, 0)],
            [FacetDimension.Year] = [Top(FacetDimension.Year, 0)],
            [FacetDimension.Format] = [Top(FacetDimension.Format, 0)],
        };
        yield return new() { [FacetDimension.Country] = [Top(FacetDimension.Country, 1), Top(FacetDimension.Country, 2)], [FacetDimension.Language] = ["en"] };
        yield return new() { [FacetDimension.Year] = ["twenty", Top(FacetDimension.Year, 1)], [FacetDimension.Country] = [Top(FacetDimension.Country, 0)] };
        yield return new() { [FacetDimension.Official] = [Top(FacetDimension.Official, 0)], [FacetDimension.Format] = [Top(FacetDimension.Format, 1)] };
        yield return new() { [FacetDimension.Country] = ["Atlantis"], [FacetDimension.Language] = ["de"] };
    }

    /// <summary>The straightforward answer: filters as required clauses, counts from stored values.</summary>
    private (int Total, List<string> TopIds, Dictionary<string, Dictionary<string, int>> Counts) Reference(
        string text, Dictionary<string, IReadOnlyList<string>> selected)
    {
        var parsed = new ArticleQueryParser(analyzer, vocabulary).Parse(text, requireAllWords: true);
        var filters = FacetFilter.From(selected, vocabulary);
        using var lease = index.Lease();
        var lucene = lease.Searcher;
        var reader = lucene.IndexReader;
        var sort = SearchSorts.For(parsed.MatchesAll ? SearchSort.Newest : SearchSort.Relevance);
        var narrowed = FacetFilter.Narrow(parsed.Query, filters);
        var top = lucene.Search(narrowed, null, 20, sort, doDocScores: true, doMaxScore: false);
        var ids = top.ScoreDocs.Select(d => lucene.Doc(d.Doc).Get(ArticleFields.Id)).ToList();
        var counts = new Dictionary<string, Dictionary<string, int>>();
        foreach (var dimension in FacetDimension.All)
        {
            var others = FacetFilter.Narrow(parsed.Query, filters.Where(f => f.Dimension != dimension));
            var perValue = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var doc in lucene.Search(others, Math.Max(1, reader.MaxDoc)).ScoreDocs)
            {
                foreach (var value in StoredValues(lucene.Doc(doc.Doc), dimension))
                {
                    perValue[value] = perValue.GetValueOrDefault(value) + 1;
                }
            }

            counts[dimension] = perValue;
        }

        return (top.TotalHits, ids, counts);
    }

    private static IEnumerable<string> StoredValues(Lucene.Net.Documents.Document stored, string dimension) =>
        dimension == ArticleFields.Year
            ? stored.GetFields(dimension).Select(f => f.GetInt32Value()).OfType<int>().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : stored.GetValues(dimension).Distinct(StringComparer.Ordinal);

    private static string Describe(Dictionary<string, IReadOnlyList<string>> filters) =>
        string.Join(", ", filters.Select(p => $"{p.Key}={string.Join("|", p.Value)}"));
}
