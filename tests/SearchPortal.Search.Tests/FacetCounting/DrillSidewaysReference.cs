using System.Globalization;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>
/// The straightforward answer the searcher's facet path must equal: hits and top ids from the query with every filter
/// as a required clause, and each dimension's counts read from the stored values of the documents matching the query
/// and every other dimension's filter.
/// </summary>
internal sealed class DrillSidewaysReference(ArticleIndex index, ArticleAnalyzer analyzer, FacetVocabulary vocabulary)
{
    /// <summary>Searches with <paramref name="under"/> (first page, second page, first page again) and asserts each answer
    /// equals the reference; returns whether the reference found anything.</summary>
    public bool Compare(ArticleSearcher under, string query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string context)
    {
        var request = new SearchRequest(query, filters, MatchMode.AllWords, PageSize: 10, Snippets: false, FacetTopN: 10_000, SuggestCorrections: false);
        var fast = under.Search(request);
        var secondPage = under.Search(request with { Page = 2, FacetDimensions = [] });
        var again = under.Search(request);
        var reference = Answer(query, filters);
        var label = $"{context} | {query} | {Describe(filters)}";

        Assert.That(fast.Total, Is.EqualTo(reference.Total), label);
        AssertRanked(fast.Hits, reference.Top.Take(10).ToList(), label);
        AssertRanked(secondPage.Hits, reference.Top.Skip(10).ToList(), label + " | page 2");
        Assert.That(secondPage.Total, Is.EqualTo(reference.Total), label);
        foreach (var dimension in FacetDimension.All)
        {
            var counts = fast.Facets.Single(f => f.Dimension == dimension).Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);
            Assert.That(counts, Is.EquivalentTo(reference.Counts[dimension]), $"{label} | {dimension}");
        }

        Assert.That(again.Facets.SelectMany(f => f.Values), Is.EqualTo(fast.Facets.SelectMany(f => f.Values)), label);
        return reference.Total > 0;
    }

    // The same ids in the same order, apart from articles whose scores differ only in a sum's last bit: the engine adds a
    // word's clauses in the query's order, Lucene in its heap's (LazyDisjunctionMaxScorer), so such near-ties may swap.
    private static void AssertRanked(IReadOnlyList<SearchHit> hits, List<(string Id, float Score)> expected, string label)
    {
        Assert.That(hits, Has.Count.EqualTo(expected.Count), label);
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Id != expected[i].Id)
            {
                Assert.That(NearlyEqual(hits[i].Score, expected[i].Score), Is.True,
                    $"{label} | rank {i + 1}: {hits[i].Id} ({hits[i].Score}) where the reference has {expected[i].Id} ({expected[i].Score})");
            }
        }
    }

    private static bool NearlyEqual(float a, float b) => Math.Abs(a - b) <= Searching.ScoredHits.Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private (int Total, List<(string Id, float Score)> Top, Dictionary<string, Dictionary<string, int>> Counts) Answer(
        string text, IReadOnlyDictionary<string, IReadOnlyList<string>> selected)
    {
        var parsed = new ArticleQueryParser(analyzer, vocabulary, QueryTranslations.Default).Parse(text, requireAllWords: true);
        var filters = FacetFilter.From(selected, vocabulary);
        using var lease = index.Lease();
        var lucene = lease.Searcher;
        var reader = lucene.IndexReader;
        var sort = SearchSorts.For(parsed.MatchesAll ? SearchSort.Newest : SearchSort.Relevance);
        var narrowed = FacetFilter.Narrow(parsed.Query, filters);
        var top = lucene.Search(narrowed, null, 20, sort, doDocScores: true, doMaxScore: false);
        var ids = top.ScoreDocs.Select(d => (lucene.Doc(d.Doc).Get(ArticleFields.Id), d.Score)).ToList();
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

    // An article without a year counts in the year facet's own bucket of undated articles.
    private static IEnumerable<string> StoredValues(Lucene.Net.Documents.Document stored, string dimension) =>
        dimension == ArticleFields.Year
            ? stored.GetFields(dimension).Select(f => f.GetInt32Value()).OfType<int>().Select(y => y.ToString(CultureInfo.InvariantCulture)).DefaultIfEmpty(Core.Vocabulary.FacetVocabulary.UndatedYear)
            : stored.GetValues(dimension).Distinct(StringComparer.Ordinal);

    private static string Describe(IReadOnlyDictionary<string, IReadOnlyList<string>> filters) =>
        string.Join(", ", filters.Select(p => $"{p.Key}={string.Join("|", p.Value)}"));
}
