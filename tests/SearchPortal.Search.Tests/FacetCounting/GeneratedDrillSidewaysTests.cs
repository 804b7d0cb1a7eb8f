using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>
/// The facet path against <see cref="DrillSidewaysReference"/> on generated articles, in every run: random documents
/// indexed by the production rebuild and update (several segments, deletions), random queries and random filters of
/// zero to three dimensions. The seed is printed on failure; set SEARCHPORTAL_TEST_SEED to replay one.
/// </summary>
public sealed class GeneratedDrillSidewaysTests : SidewaysArchive
{
    private const int Rounds = 60;
    private readonly int seed = int.TryParse(Environment.GetEnvironmentVariable("SEARCHPORTAL_TEST_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given)
        ? given
        : TestContext.CurrentContext.Random.Next();

    private protected override (IEnumerable<IngestRecord> Rebuilt, IEnumerable<IngestRecord> Updated) Corpus(IngestionPipeline pipeline)
    {
        TestContext.Progress.WriteLine($"GeneratedDrillSidewaysTests seed {seed}");
        var news = new GeneratedNews(Vocabulary, seed);
        var first = news.Articles("a", 500).ToList();

        // The update keeps four in five, changes nothing else and adds new ones: a second segment and deletions.
        return (first, first.Where((_, i) => i % 5 != 0).Concat(news.Articles("b", 200)));
    }

    protected override string Describe() => $"seed {seed}";

    [Test]
    public void Random_queries_and_filters_count_as_the_reference_does() => CompareRandomly(Searcher, seed);

    [Test]
    public void Random_queries_and_filters_count_as_the_reference_does_in_parallel_runs() =>
        CompareRandomly(new ArticleSearcher(Index, Vocabulary, Analyzer) { Slices = 3, SlicedFromDocs = 1 }, seed + 1);

    private void CompareRandomly(ArticleSearcher under, int roundSeed)
    {
        var random = new Random(roundSeed);
        var everything = Searcher.Search(new SearchRequest(string.Empty, new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AnyWord, Snippets: false, FacetTopN: 10_000));
        var present = everything.Facets.ToDictionary(f => f.Dimension, f => f.Values.Select(v => v.Value).ToList());
        var reference = new DrillSidewaysReference(Index, Analyzer, Vocabulary);
        var found = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var query = Query(random);
            var filters = Filters(random, present);
            found += reference.Compare(under, query, filters, $"seed {seed}, round {round}") ? 1 : 0;
        }

        Assert.That(found, Is.GreaterThan(Rounds / 4), $"seed {seed}: too few random searches found anything to compare");
    }

    private static string Query(Random random)
    {
        var words = random.Next(3) == 0 ? GeneratedNews.GermanWords : GeneratedNews.EnglishWords;
        string Word() => words[random.Next(words.Length)];
        return random.Next(6) switch
        {
            0 => string.Empty,
            1 => Word(),
            2 => $"{Word()} {Word()}",
            3 => $"{Word()} OR {Word()}",
            4 => $"-{Word()} {Word()}",
            _ => $"\"{Word()} {Word()}\" OR {Word()}",
        };
    }

    /// <summary>Zero to three dimensions, one or two values each, mostly values the index holds, sometimes one it does not.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Filters(Random random, Dictionary<string, List<string>> present)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        var dimensions = FacetDimension.All.Where(d => present[d].Count > 0).OrderBy(_ => random.Next()).Take(random.Next(4));
        foreach (var dimension in dimensions)
        {
            var values = present[dimension];
            var chosen = Enumerable.Range(0, random.Next(1, 3)).Select(_ => values[random.Next(values.Count)]).ToList();
            if (random.Next(10) == 0)
            {
                chosen.Add(dimension == FacetDimension.Year ? "1900" : "Atlantis");
            }

            filters[dimension] = chosen;
        }

        return filters;
    }
}
