using System.Globalization;
using System.Text.Unicode;
using System.Text.Json;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Language;

namespace SearchPortal.Core.Ingestion;

/// <summary>Streams articles from a .jsonl or .jsonl.gz file in the shared corpus format; bad or oversized lines become skipped records and reading goes on, a file that breaks off ends the read with an exception.</summary>
public sealed class JsonLinesArticleReader
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly LanguageDetector _languageDetector;
    private readonly ArticleSizeLimit _sizeLimit;

    /// <param name="sizeLimit">The cap on one record's bytes; <see cref="ArticleSizeLimit.Default"/> when null.</param>
    public JsonLinesArticleReader(LanguageDetector languageDetector, ArticleSizeLimit? sizeLimit = null)
    {
        _languageDetector = languageDetector ?? throw new ArgumentNullException(nameof(languageDetector));
        _sizeLimit = sizeLimit ?? ArticleSizeLimit.Default;
    }

    /// <summary>True for the file names this reader handles: *.jsonl and *.jsonl.gz.</summary>
    public static bool Handles(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>One record per non-blank line, with origin "path:lineNo"; a .gz name is read decompressed (<see cref="JsonLinesFile.Open"/>).</summary>
    /// <exception cref="ArticleSourceUnreadableException">While enumerating, when the file breaks off before its end (a .gz cut short or corrupt, a read error).</exception>
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
            return JsonLinesFile.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }

    private IEnumerable<IngestRecord> ReadLines(Stream stream, string originPath, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(stream, _sizeLimit.MaxBytes);
        var lineNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (!TryReadLine(reader, originPath, lineNumber, out var line, out var length, out var terminated))
            {
                yield break;
            }

            var origin = $"{originPath}:{lineNumber}";
            if (length > line.Count)
            {
                yield return IngestRecord.Skipped(origin, LeadingId(line), _sizeLimit.Reason("record", length));
                continue;
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

            var record = ToRecord(bytes, origin);
            yield return record.IsSkipped && !terminated
                ? record with { SkipReason = record.SkipReason + "; it is the file's last line and ends without a line break, so the file may be cut short" }
                : record;
        }
    }

    /// <exception cref="ArticleSourceUnreadableException">The stream broke off: what was read of it may be only part of the file.</exception>
    private static bool TryReadLine(Utf8LineReader reader, string originPath, int lineNumber, out ArraySegment<byte> line, out long length, out bool terminated)
    {
        try
        {
            return reader.TryReadLine(out line, out length, out terminated);
        }
        catch (Exception e) when (JsonLinesFile.DescribeFailure(e) is { } problem)
        {
            throw new ArticleSourceUnreadableException(originPath, lineNumber, problem, e);
        }
    }

    /// <summary>The id of an oversized record when its first bytes hold it, as the corpus format writes it: read cheaply, without the rest of the line.</summary>
    private static string? LeadingId(ReadOnlySpan<byte> prefix)
    {
        var json = new Utf8JsonReader(prefix, isFinalBlock: false, state: default);
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var isId = json.ValueTextEquals("id"u8);
                if (!json.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return json.TokenType == JsonTokenType.String ? json.GetString() : null;
                }

                // Only a short scalar before the id can be passed over inside the prefix.
                if (json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    return null;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON as far as the prefix goes: the skip reason stands without an id.
        }

        return null;
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
