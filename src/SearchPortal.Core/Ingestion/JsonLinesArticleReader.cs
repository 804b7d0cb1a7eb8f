using System.Globalization;
using System.IO.Compression;
using System.Text.Unicode;
using System.Text.Json;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Language;

namespace SearchPortal.Core.Ingestion;

/// <summary>Streams articles from a .jsonl or .jsonl.gz file in the shared corpus format; bad lines become skipped records and reading goes on.</summary>
public sealed class JsonLinesArticleReader
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly LanguageDetector _languageDetector;

    public JsonLinesArticleReader(LanguageDetector languageDetector)
    {
        _languageDetector = languageDetector ?? throw new ArgumentNullException(nameof(languageDetector));
    }

    /// <summary>True for the file names this reader handles: *.jsonl and *.jsonl.gz.</summary>
    public static bool Handles(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>One record per non-blank line, with origin "path:lineNo"; a .gz name is read through a GZipStream.</summary>
    public IEnumerable<IngestRecord> Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path, cancellationToken);
    }

    /// <summary>Reads already opened, uncompressed JSON Lines; <paramref name="originPath"/> names the records' origin.</summary>
    public IEnumerable<IngestRecord> Read(Stream stream, string originPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(originPath);
        return ReadLines(stream, originPath, cancellationToken);
    }

    private IEnumerable<IngestRecord> ReadFile(string path, CancellationToken cancellationToken)
    {
        var stream = TryOpen(path, out var openError);
        if (stream is null)
        {
            yield return IngestRecord.Skipped(path, null, $"cannot open file: {openError}");
            yield break;
        }

        foreach (var record in ReadLines(stream, path, cancellationToken))
        {
            yield return record;
        }
    }

    private static Stream? TryOpen(string path, out string? error)
    {
        error = null;
        try
        {
            Stream stream = File.OpenRead(path);
            return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(stream, CompressionMode.Decompress)
                : stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }

    private IEnumerable<IngestRecord> ReadLines(Stream stream, string originPath, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(stream);
        var lineNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var hasLine = TryReadLine(reader, out var line, out var readError);
            if (readError is not null)
            {
                // A broken compressed stream cannot be resynchronised, so the rest of the file is lost.
                yield return IngestRecord.Skipped($"{originPath}:{lineNumber}", null, $"{readError}; rest of the file not read");
                yield break;
            }

            if (!hasLine)
            {
                yield break;
            }

            var bytes = line.AsSpan();
            if (lineNumber == 1 && bytes.StartsWith(Utf8ByteOrderMark))
            {
                bytes = bytes[Utf8ByteOrderMark.Length..];
            }

            if (bytes.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return ToRecord(bytes, $"{originPath}:{lineNumber}");
        }
    }

    private static bool TryReadLine(Utf8LineReader reader, out ArraySegment<byte> line, out string? error)
    {
        error = null;
        try
        {
            return reader.TryReadLine(out line);
        }
        catch (InvalidDataException e)
        {
            error = $"corrupt gzip data ({e.Message})";
        }
        catch (IOException e)
        {
            error = $"cannot read file ({e.Message})";
        }

        line = default;
        return false;
    }

    private IngestRecord ToRecord(ReadOnlySpan<byte> line, string origin)
    {
        if (!Utf8.IsValid(line))
        {
            return IngestRecord.Skipped(origin, null, "not valid UTF-8");
        }

        JsonArticleRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(line, IngestionJsonContext.Default.JsonArticleRecord);
        }
        catch (JsonException e)
        {
            return IngestRecord.Skipped(origin, null, $"malformed JSON: {e.Message}");
        }

        if (record is null)
        {
            return IngestRecord.Skipped(origin, null, "malformed JSON: the line is not an object");
        }

        if (string.IsNullOrWhiteSpace(record.Id))
        {
            return IngestRecord.Skipped(origin, null, "missing id");
        }

        if (string.IsNullOrWhiteSpace(record.Text))
        {
            return IngestRecord.Skipped(origin, record.Id, "missing or empty text");
        }

        var text = record.Text.Trim();
        var title = string.IsNullOrWhiteSpace(record.Title) ? SentenceTitle.From(text) : record.Title.Trim();
        var language = record.Lang is ArticleLanguage.English or ArticleLanguage.German
            ? record.Lang
            : _languageDetector.Detect(string.Concat(title, "\n\n", text));
        var article = new Article(record.Id, title, text, language, ParseDate(record.Date), Blank(record.Source),
            Blank(record.Url), Blank(record.Category));
        return IngestRecord.Read(origin, article);
    }

    // The corpora store dates as YYYY-MM-DD; anything else is treated as no date rather than losing the article.
    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
