namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Compares the engine's hits with Lucene's own for the same query: the same documents, each with Lucene's score up to
/// the last bit of a sum. The engine adds a word's clauses in the query's order, Lucene in its heap's order
/// (LazyDisjunctionMaxScorer), so a score may differ there, and documents so tied may swap places.
/// </summary>
internal static class ScoredHits
{
    /// <summary>Relative difference two scores of one document may show.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Asserts <paramref name="actual"/> holds the documents of <paramref name="expected"/> with their scores.</summary>
    public static void AssertSame(IEnumerable<(int Doc, float Score)> actual, IEnumerable<(int Doc, float Score)> expected, string? label = null)
    {
        var want = expected.ToDictionary(d => d.Doc, d => d.Score);
        var got = actual.ToList();
        Assert.That(got.Select(d => d.Doc), Is.EquivalentTo(want.Keys), label);
        foreach (var (doc, score) in got)
        {
            Assert.That(score, Is.EqualTo(want[doc]).Within(Tolerance * 100).Percent, $"{label} article {doc}");
        }
    }
}
