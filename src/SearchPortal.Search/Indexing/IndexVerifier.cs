using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchPortal.Search.Indexing;

/// <summary>Runs Lucene's CheckIndex over the live generation (or any generation directory) and reports problems.</summary>
public sealed class IndexVerifier
{
    private readonly IndexLocation location;

    public IndexVerifier(IndexLocation location) => this.location = location;

    /// <summary>Checks the live generation; a missing index is reported as a problem, not thrown.</summary>
    public IndexVerification Verify()
    {
        var generation = location.CurrentGeneration();
        var path = location.CurrentGenerationPath();
        return path is null
            ? new IndexVerification(generation, false, [$"No index generation is live under {location.RootPath}."], 0, 0)
            : Check(path, generation);
    }

    /// <summary>Checks one generation directory. Read-only: it never repairs.</summary>
    public static IndexVerification Check(string generationPath, string? generation = null)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(generationPath));
        var output = new StringWriter();
        var problems = new List<string>();
        CheckIndex.Status? status = null;
        try
        {
            var checker = new CheckIndex(directory) { InfoStream = output };
            status = checker.DoCheckIndex();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add($"CheckIndex could not run: {ex.GetType().Name}: {ex.Message}");
        }

        if (status is not null)
        {
            CollectProblems(status, output.ToString(), problems);
        }

        var documents = status?.SegmentInfos.Sum(s => s.DocCount - s.NumDeleted) ?? 0;
        return new IndexVerification(generation, problems.Count == 0, problems, status?.NumSegments ?? 0, documents);
    }

    private static void CollectProblems(CheckIndex.Status status, string log, List<string> problems)
    {
        if (status.MissingSegments)
        {
            problems.Add("No segments file: the directory holds no committed index.");
        }

        if (status.CantOpenSegments)
        {
            problems.Add("The segments file cannot be opened.");
        }

        if (status.NumBadSegments > 0)
        {
            problems.Add($"{status.NumBadSegments} of {status.NumSegments} segments are broken; {status.TotLoseDocCount} documents would be lost.");
        }

        foreach (var line in log.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Contains("FAILED", StringComparison.Ordinal) || trimmed.StartsWith("ERROR", StringComparison.Ordinal))
            {
                problems.Add(trimmed);
            }
        }

        if (!status.Clean && problems.Count == 0)
        {
            problems.Add("CheckIndex reports the index as not clean.");
        }
    }
}
