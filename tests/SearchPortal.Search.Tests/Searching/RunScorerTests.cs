namespace SearchPortal.Search.Tests.Searching;

/// <summary>The example of trec_eval.py's --selftest, with the values worked out there by hand.</summary>
public sealed class RunScorerTests
{
    private static readonly RunScorer Scorer = RunScorer.FromQrels(
    [
        "query-id\tcorpus-id\tscore",
        "q1\td1\t2", "q1\td2\t1", "q1\td3\t0",
        "q2\td4\t1",
        "q3\td5\t0",
        "q4\td6\t1",
        "q5\tr\t1",
    ]);

    private static readonly Dictionary<string, List<(string Id, double Score)>> Run = RunScorer.ReadRun(
    [
        "q1 Q0 d3 1 3.0 t", "q1 Q0 d1 2 2.0 t", "q1 Q0 d9 3 1.0 t", "q1 Q0 d2 4 0.5 t",
        "q2 Q0 d4 1 1.0 t", "q2 Q0 dA 2 1.0 t",
        "q3 Q0 d5 1 1.0 t",
        .. Enumerable.Range(1, 10).Select(i => $"q5 Q0 x{i:D2} {i} {20 - i} t"),
        "q5 Q0 r 11 1.0 t",
    ]);

    [Test]
    public void Graded_ndcg_at_10_matches_trec_eval_with_ties_broken_by_id_descending()
    {
        // q1 0.6433224083 (graded), q2 0.6309297536 (d4 after dA on equal scores), q4 missing 0, q5 beyond rank 10 0.
        Assert.That(Scorer.MeanNdcg(Run), Is.EqualTo((0.6433224083 + 0.6309297536) / 4).Within(1e-9));
    }

    [Test]
    public void Recall_at_100_counts_judged_queries_missing_from_the_run_as_zero()
    {
        Assert.That(Scorer.MeanRecall(Run), Is.EqualTo(0.75).Within(1e-12));
    }
}
