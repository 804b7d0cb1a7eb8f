using System.Globalization;
using System.Text.Json;
using SearchPortal.Indexer.Composition;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Commands;

/// <summary>Runs a JSON Lines query file and writes a standard TREC run (qid Q0 docid rank score tag).</summary>
internal sealed class TrecRunWriter(CliContext context, ArticleSearcher searcher)
{
    private const string Tag = "searchportal";

    public int Write(string queryFile, string runFile, int top, CancellationToken cancellation)
    {
        if (!File.Exists(queryFile))
        {
            return context.Fail(ExitCodes.SourceMissing, $"query file not found: {queryFile}");
        }

        using var output = new StreamWriter(runFile);
        var lineNumber = 0;
        var written = 0;
        foreach (var line in File.ReadLines(queryFile))
        {
            cancellation.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryRead(line, out var id, out var text))
            {
                return context.Fail(ExitCodes.Usage, $"{queryFile}:{lineNumber}: not a {{\"id\",\"text\"}} JSON object");
            }

            var rank = 1;
            foreach (var (docId, score) in searcher.TopIds(text, top, MatchMode.AnyWord))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} Q0 {docId} {rank++} {score:0.######} {Tag}"));
            }

            written++;
        }

        context.Error.WriteLine($"{written} queries written to {runFile}");
        return ExitCodes.Success;
    }

    private static bool TryRead(string line, out string id, out string text)
    {
        id = text = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("id", out var idElement)
                || !root.TryGetProperty("text", out var textElement)
                || textElement.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText();
            text = textElement.GetString()!;
            return id.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
