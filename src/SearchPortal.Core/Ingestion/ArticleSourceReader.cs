using SearchPortal.Core.Language;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Reads articles from files and directories (*.txt with optional sidecars, *.jsonl, *.jsonl.gz); bad input becomes
/// skipped records with a reason, and a JSON Lines file that breaks off before its end an <see cref="ArticleSourceUnreadableException"/>.
/// </summary>
public sealed class ArticleSourceReader
{
    private const string TextExtension = ".txt";

    // Unreadable subfolders are passed over rather than ending the whole read.
    private static readonly EnumerationOptions RecursiveSearch = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    private readonly PlainTextArticleParser _textParser;
    private readonly JsonLinesArticleReader _jsonLinesReader;
    private readonly ArticleSizeLimit _sizeLimit;

    /// <param name="sizeLimit">The cap on a text file's bytes; give <paramref name="jsonLinesReader"/> the same. <see cref="ArticleSizeLimit.Default"/> when null.</param>
    public ArticleSourceReader(PlainTextArticleParser textParser, JsonLinesArticleReader jsonLinesReader, ArticleSizeLimit? sizeLimit = null)
    {
        _textParser = textParser ?? throw new ArgumentNullException(nameof(textParser));
        _jsonLinesReader = jsonLinesReader ?? throw new ArgumentNullException(nameof(jsonLinesReader));
        _sizeLimit = sizeLimit ?? ArticleSizeLimit.Default;
    }

    /// <summary>A reader whose parsers share one <paramref name="languageDetector"/> and one cap on an article's size.</summary>
    public static ArticleSourceReader Create(LanguageDetector languageDetector, ArticleSizeLimit? sizeLimit = null) =>
        new(new PlainTextArticleParser(languageDetector), new JsonLinesArticleReader(languageDetector, sizeLimit), sizeLimit);

    /// <summary>The paths that are neither an existing file nor an existing directory, in the given order.</summary>
    public static IReadOnlyList<string> MissingPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                missing.Add(path);
            }
        }

        return missing;
    }

    /// <summary>Streams one record per article found; throws <see cref="ArticleSourceNotFoundException"/> at the call, before reading, when a path does not exist.</summary>
    /// <exception cref="ArticleSourceUnreadableException">While enumerating, when a JSON Lines file breaks off before its end.</exception>
    /// <remarks>Directories are searched recursively and their files read in ordinal path order. A duplicate id within one read is skipped, naming the first origin.</remarks>
    public IEnumerable<IngestRecord> Read(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var missing = MissingPaths(paths);
        if (missing.Count > 0)
        {
            throw new ArticleSourceNotFoundException(missing[0]);
        }

        return ReadExisting(paths, cancellationToken);
    }

    /// <summary>The files a read of <paramref name="paths"/> visits, in reading order; missing paths are passed over.</summary>
    /// <remarks>A JSON Lines file (<see cref="JsonLinesArticleReader.Handles"/>) yields a record a line, any other file one record.</remarks>
    public static IEnumerable<string> FilesOf(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.Where(path => File.Exists(path) || Directory.Exists(path)).SelectMany(FilesUnder);
    }

    private IEnumerable<IngestRecord> ReadExisting(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var firstOrigins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in FilesOf(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var record in ReadFile(file, cancellationToken))
            {
                yield return Deduplicated(record, firstOrigins);
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string path)
    {
        if (!Directory.Exists(path))
        {
            return [path];
        }

        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(path, "*", RecursiveSearch))
        {
            if (IsArticleFile(file))
            {
                files.Add(file);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsArticleFile(string path) =>
        !MetadataSidecarFile.IsSidecar(path) &&
        (path.EndsWith(TextExtension, StringComparison.OrdinalIgnoreCase) || JsonLinesArticleReader.Handles(path));

    private IEnumerable<IngestRecord> ReadFile(string file, CancellationToken cancellationToken)
    {
        if (MetadataSidecarFile.IsSidecar(file))
        {
            return [IngestRecord.Skipped(file, null, "a metadata sidecar is read together with its .txt article, not on its own")];
        }

        if (file.EndsWith(TextExtension, StringComparison.OrdinalIgnoreCase))
        {
            return [ReadTextFile(file)];
        }

        if (JsonLinesArticleReader.Handles(file))
        {
            return ReadJsonLinesFile(file, cancellationToken);
        }

        return [IngestRecord.Skipped(file, null, "unsupported file type: expected .txt, .jsonl or .jsonl.gz")];
    }

    private IEnumerable<IngestRecord> ReadJsonLinesFile(string file, CancellationToken cancellationToken)
    {
        long length;
        try
        {
            length = new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestRecord.Skipped(file, null, $"cannot read file: {e.Message}")];
        }

        if (length == 0)
        {
            return [IngestRecord.Skipped(file, null, "empty file")];
        }

        return _jsonLinesReader.Read(file, cancellationToken);
    }

    private IngestRecord ReadTextFile(string file)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        var content = ArticleTextFile.TryRead(file, _sizeLimit, out var reason);
        if (content is null)
        {
            return IngestRecord.Skipped(file, id, reason!);
        }

        var article = _textParser.Parse(id, content);
        if (article.Text.Length == 0)
        {
            return IngestRecord.Skipped(file, id, "no article text left after removing site furniture");
        }

        var withSidecar = MetadataSidecarFile.ApplyIfPresent(file, article, out var sidecarError);
        return withSidecar is null
            ? IngestRecord.Skipped(file, id, sidecarError!)
            : IngestRecord.Read(file, withSidecar);
    }

    private static IngestRecord Deduplicated(IngestRecord record, Dictionary<string, string> firstOrigins)
    {
        if (record.IsSkipped || record.Id is null)
        {
            return record;
        }

        if (firstOrigins.TryGetValue(record.Id, out var firstOrigin))
        {
            return IngestRecord.Skipped(record.Origin, record.Id, $"duplicate id '{record.Id}', first read from {firstOrigin}");
        }

        firstOrigins.Add(record.Id, record.Origin);
        return record;
    }
}
