using System.Globalization;
using System.Text.Json;
using SearchPortal.Indexer.Composition;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Commands;

/// <summary>Runs a JSON Lines query file and writes a standard TREC run (qid Q0 docid rank score tag).</summary>
/// <remarks>
/// A line that is no usable query (not a {"id","text"} object, or text with an escape that is no character such as a
/// lone \uD800) is reported on stderr with its line, id and reason, and the run goes on: one bad line of a thousand
/// must not throw away the other answers. The run ends with exit 1 when no query at all could be run.
/// </remarks>
internal sealed class TrecRunWriter(CliContext context, ArticleSearcher searcher)
{
    private const string Tag = "searchportal";

    public int Write(string queryFile, string runFile, int top, bool translate, CancellationToken cancellation)
    {
        if (!File.Exists(queryFile))
        {
            return context.Fail(ExitCodes.SourceMissing, $"query file not found: {queryFile}");
        }

        using var output = new StreamWriter(runFile);
        var lineNumber = 0;
        var written = 0;
        var skipped = 0;
        foreach (var line in File.ReadLines(queryFile))
        {
            cancellation.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Read(line, out var id, out var text) is { } reason)
            {
                skipped++;
                context.Error.WriteLine($"skipped: {queryFile}:{lineNumber}: query {(id.Length == 0 ? "without id" : id)}: {reason}");
                continue;
            }

            var rank = 1;
            foreach (var (docId, score) in searcher.TopIds(text, top, MatchMode.AnyWord, translate))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} Q0 {docId} {rank++} {score:0.######} {Tag}"));
            }

            written++;
        }

        context.Error.WriteLine(skipped == 0 ? $"{written} queries written to {runFile}" : $"{written} queries written to {runFile}, {skipped} skipped");
        return written == 0 && skipped > 0
            ? context.Fail(ExitCodes.Failed, $"none of the {skipped} lines of {queryFile} is a usable query")
            : ExitCodes.Success;
    }

    /// <summary>Null when the line is a usable query, else why not; the id is filled whenever the line has one.</summary>
    private static string? Read(string line, out string id, out string text)
    {
        id = text = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var idElement))
            {
                return "not a {\"id\",\"text\"} JSON object";
            }

            id = idElement.ValueKind == JsonValueKind.String ? Readable(idElement) : idElement.GetRawText();
            if (id.Length == 0)
            {
                return "the id is empty";
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return "no \"text\" string";
            }

            text = textElement.GetString()!;
            return null;
        }
        catch (JsonException ex)
        {
            return "not JSON (" + ex.Message + ")";
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to unescape a lone surrogate (\uD800) into a string.
            return "the text holds an escape that is no character (a lone \\uD800-\\uDFFF surrogate)";
        }
    }

    // An id with a lone surrogate escape is shown as written, so the report can still name it.
    private static string Readable(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return element.GetRawText();
        }
    }
}
