using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Querying;

/// <summary>The analyses a searcher keeps for its requests: the same queries as analysing afresh, within a bound.</summary>
public sealed class QueryTextAnalysisTests
{
    // Names that expand into many spellings, German compounds, hyphenated and dotted words, a phrase and operators.
    private static readonly string[] Queries =
    [
        "Mirziyoyev", "Präsident Tokajew Kasachstan", "Außenministertreffen Zentralasien", "\"Central Asia\" summit",
        "Nur-Sultan U.S.-China", "C5+1 Biden", "Xi Jinping Astana -Russia", "Parlamentswahlen OR elections",
        "Schanghaier Organisation für Zusammenarbeit", "Kyrgyz Tajik border", "country:Uzbekistan Wasser",
    ];

    private ArticleAnalyzer analyzer = null!;
    private FacetVocabulary vocabulary = null!;

    [OneTimeSetUp]
    public void LoadVocabulary()
    {
        analyzer = new ArticleAnalyzer();
        vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
    }

    [OneTimeTearDown]
    public void DisposeAnalyzer() => analyzer.Dispose();

    [Test]
    public void Queries_read_through_kept_analyses_are_the_queries_read_afresh()
    {
        var shared = new QueryTextAnalysis(analyzer);
        foreach (var pass in new[] { "first", "second" })
        {
            foreach (var text in Queries)
            {
                var fresh = new ArticleQueryParser(new QueryTextAnalysis(analyzer, capacity: 0), vocabulary, QueryTranslations.Default).Parse(text);
                var kept = new ArticleQueryParser(shared, vocabulary, QueryTranslations.Default).Parse(text);

                Assert.That(kept.Query?.ToString(), Is.EqualTo(fresh.Query?.ToString()), $"{text} ({pass} pass)");
            }
        }

        Assert.That(shared.Count, Is.GreaterThan(Queries.Length), "spellings and fields are kept, not only the typed words");
        Assert.That(new QueryTextAnalysis(analyzer, capacity: 0).Of(ArticleFields.BodyEnglish, "summit"), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_German_compound_keeps_its_parts_at_its_position()
    {
        var positions = new QueryTextAnalysis(analyzer).Of(ArticleFields.BodyGerman, "Außenministertreffen in Astana");

        Assert.That(positions[0].Parts.Select(p => p.Text), Is.Not.Empty);
        Assert.That(positions.Select(p => p.Offset), Is.Ordered.Ascending);
        Assert.That(positions[^1].Term.Text, Is.EqualTo("astana"));
    }

    [Test]
    public void A_stream_of_new_words_never_keeps_more_than_the_capacity()
    {
        var analysis = new QueryTextAnalysis(analyzer, capacity: 50);
        for (var i = 0; i < 500; i++)
        {
            analysis.Of(ArticleFields.BodyEnglish, $"zzword{i}");
            Assert.That(analysis.Count, Is.LessThanOrEqualTo(50));
        }

        var again = analysis.Of(ArticleFields.BodyEnglish, "zzword499");
        Assert.That(again.Single().Term.Text, Is.EqualTo("zzword499"));
    }

    [Test]
    public void Requests_on_many_threads_read_the_same_queries()
    {
        var shared = new QueryTextAnalysis(analyzer, capacity: 200);
        var expected = Queries.Select(q => new ArticleQueryParser(analyzer, vocabulary).Parse(q).Query?.ToString()).ToArray();
        var wrong = 0;

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var at = i % Queries.Length;
            if (new ArticleQueryParser(shared, vocabulary).Parse(Queries[at]).Query?.ToString() != expected[at])
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.That(wrong, Is.Zero);
    }
}
