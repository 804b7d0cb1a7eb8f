using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>
/// The searcher's facet path (ordinal arrays, cached value sets, the candidates filter) against
/// <see cref="DrillSidewaysReference"/> on real news (skipped without ../shared; the generated-data twin always runs).
/// The index has two segments and deletions (an update dropped articles and added German ones); searched in one pass
/// and in slices.
/// </summary>
public sealed class DrillSidewaysReferenceTests : SidewaysArchive
{
    private static readonly string[] Queries =
        ["", "president", "Kazakhstan", "\"foreign ministers\"", "water energy", "China OR Russia", "Regierung", "Außenminister", "-president cooperation"];

    private protected override (IEnumerable<IngestRecord> Rebuilt, IEnumerable<IngestRecord> Updated) Corpus(IngestionPipeline pipeline)
    {
        var english = RepositoryLocator.SharedCorpus("centralasia_en");
        var german = RepositoryLocator.SharedCorpus("frontpage_de");
        var kept = pipeline.Sources.Read([english]).Where((_, i) => i % 5 != 0);
        return (pipeline.Sources.Read([english]), kept.Concat(pipeline.Sources.Read([german]).Take(800)));
    }

    [Test]
    public void Hits_top_ids_and_every_count_equal_the_reference_under_zero_to_three_filters() => CompareWithReference(Searcher);

    [Test]
    public void Searching_segments_in_parallel_runs_answers_as_one_pass_does()
    {
        var sliced = new ArticleSearcher(Index, Vocabulary, Analyzer) { Slices = 3, SlicedFromDocs = 1 };
        CompareWithReference(sliced);
    }

    private void CompareWithReference(ArticleSearcher under)
    {
        var reference = new DrillSidewaysReference(Index, Analyzer, Vocabulary);
        var compared = FilterSets().SelectMany(filters => Queries.Select(query => reference.Compare(under, query, filters, "real news"))).Count(found => found);

        Assert.That(compared, Is.GreaterThan(20), "too few searches found anything to compare");
    }

    /// <summary>None; the top country; it with the top year and format; two countries with a language; a
    /// malformed year beside a real one; an official with a format; a value no article has.</summary>
    private IEnumerable<Dictionary<string, IReadOnlyList<string>>> FilterSets()
    {
        var all = Searcher.Search(new SearchRequest(string.Empty, new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AnyWord, Snippets: false, FacetTopN: 3));
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
}
