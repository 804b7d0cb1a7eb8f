using System.Globalization;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Scores ranked results against relevance judgments the way ../shared/eval/trec_eval.py does: documents ordered by
/// score, ties by id descending; the grade is the gain; queries without a relevant document are skipped, judged
/// queries missing from the run score 0.
/// </summary>
internal sealed class RunScorer(IReadOnlyDictionary<string, Dictionary<string, int>> judgments)
{
    /// <summary>Reads judgments: "query-id TAB corpus-id TAB grade" lines after a header line.</summary>
    public static RunScorer FromQrels(IEnumerable<string> lines)
    {
        var judged = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                continue;
            }

            if (!judged.TryGetValue(parts[0], out var grades))
            {
                judged[parts[0]] = grades = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            grades[parts[1]] = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        return new RunScorer(judged);
    }

    /// <summary>Reads a TREC run ("qid Q0 docid rank score tag"), ignoring the rank column as trec_eval does.</summary>
    public static Dictionary<string, List<(string Id, double Score)>> ReadRun(IEnumerable<string> lines)
    {
        var run = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 6)
            {
                continue;
            }

            if (!run.TryGetValue(parts[0], out var ranked))
            {
                run[parts[0]] = ranked = [];
            }

            ranked.Add((parts[2], double.Parse(parts[4], CultureInfo.InvariantCulture)));
        }

        return run;
    }

    /// <summary>Whether <paramref name="document"/> is judged relevant to <paramref name="query"/>.</summary>
    public bool IsRelevant(string query, string document) =>
        judgments.TryGetValue(query, out var grades) && grades.TryGetValue(document, out var grade) && grade > 0;

    /// <summary>Mean nDCG at <paramref name="depth"/> over the queries with a relevant document.</summary>
    public double MeanNdcg(IReadOnlyDictionary<string, List<(string Id, double Score)>> run, int depth = 10) =>
        Mean(run, (ranking, grades) => Ndcg(ranking, grades, depth));

    /// <summary>Mean recall at <paramref name="depth"/> over the queries with a relevant document.</summary>
    public double MeanRecall(IReadOnlyDictionary<string, List<(string Id, double Score)>> run, int depth = 100) =>
        Mean(run, (ranking, grades) => Recall(ranking, grades, depth));

    private double Mean(
        IReadOnlyDictionary<string, List<(string Id, double Score)>> run, Func<List<string>, Dictionary<string, int>, double> metric)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var (query, grades) in judgments)
        {
            if (!grades.Values.Any(grade => grade >= 1))
            {
                continue;
            }

            count++;
            sum += metric(run.TryGetValue(query, out var ranked) ? InTrecOrder(ranked) : [], grades);
        }

        return count == 0 ? 0 : sum / count;
    }

    private static List<string> InTrecOrder(List<(string Id, double Score)> ranked) =>
        ranked.OrderByDescending(hit => hit.Score).ThenByDescending(hit => hit.Id, StringComparer.Ordinal).Select(hit => hit.Id).ToList();

    private static double Ndcg(List<string> ranking, Dictionary<string, int> grades, int depth)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(depth, ranking.Count); i++)
        {
            dcg += Math.Max(grades.GetValueOrDefault(ranking[i]), 0) / Math.Log2(i + 2);
        }

        var ideal = grades.Values.Where(grade => grade > 0).OrderDescending().Take(depth).Select((grade, i) => grade / Math.Log2(i + 2)).Sum();
        return ideal > 0 ? dcg / ideal : 0;
    }

    private static double Recall(List<string> ranking, Dictionary<string, int> grades, int depth)
    {
        var relevant = grades.Values.Count(grade => grade >= 1);
        var found = ranking.Take(depth).Count(id => grades.GetValueOrDefault(id) >= 1);
        return (double)found / relevant;
    }
}
