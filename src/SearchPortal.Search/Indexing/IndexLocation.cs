using System.Globalization;
using System.Text;

namespace SearchPortal.Search.Indexing;

/// <summary>
/// The on-disk layout of an index root: generations/g-*/ (one complete Lucene index each), a CURRENT file naming the
/// live generation, and rebuild.lock. Switching generations is one atomic rename of the pointer file.
/// </summary>
public sealed class IndexLocation
{
    private const string GenerationPrefix = "g-";

    public IndexLocation(string rootPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        RootPath = Path.GetFullPath(rootPath);
    }

    public string RootPath { get; }

    internal string GenerationsPath => Path.Combine(RootPath, "generations");

    internal string PointerPath => Path.Combine(RootPath, "CURRENT");

    public string LockPath => Path.Combine(RootPath, "rebuild.lock");

    /// <summary>The live generation's name, or null when no generation has been switched in yet.</summary>
    public string? CurrentGeneration()
    {
        string text;
        try
        {
            text = File.ReadAllText(PointerPath, Encoding.UTF8).Trim();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (text.Length == 0)
        {
            return null;
        }

        return IsGenerationName(text)
            ? text
            : throw new InvalidDataException($"The index pointer {PointerPath} names '{text}', which is not a generation.");
    }

    /// <summary>The directory of the live generation, or null when there is none or it has vanished.</summary>
    public string? CurrentGenerationPath() =>
        CurrentGeneration() is { } name && Directory.Exists(GenerationPath(name)) ? GenerationPath(name) : null;

    public string GenerationPath(string generation) =>
        IsGenerationName(generation)
            ? Path.Combine(GenerationsPath, generation)
            : throw new ArgumentException($"'{generation}' is not a generation name.", nameof(generation));

    /// <summary>Creates an empty directory for a new generation and returns its name (UTC time, unique under this root).</summary>
    internal string NewGeneration()
    {
        Directory.CreateDirectory(GenerationsPath);
        var stamp = GenerationPrefix + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        var name = stamp;
        for (var n = 1; Directory.Exists(Path.Combine(GenerationsPath, name)); n++)
        {
            name = stamp + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        Directory.CreateDirectory(Path.Combine(GenerationsPath, name));
        return name;
    }

    /// <summary>Makes <paramref name="generation"/> live: writes a temp file, flushes it, then renames it over CURRENT.</summary>
    internal void Switch(string generation)
    {
        if (!Directory.Exists(GenerationPath(generation)))
        {
            throw new DirectoryNotFoundException($"Generation {generation} does not exist under {GenerationsPath}.");
        }

        var temp = PointerPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encoding.UTF8.GetBytes(generation + "\n"));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, PointerPath, overwrite: true);
    }

    /// <summary>Every generation directory present, oldest first.</summary>
    public IReadOnlyList<string> Generations() =>
        Directory.Exists(GenerationsPath)
            ? Directory.GetDirectories(GenerationsPath).Select(Path.GetFileName).OfType<string>()
                .Where(IsGenerationName).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Deletes every generation except those named; returns the names it could not delete (e.g. files held open).</summary>
    internal IReadOnlyList<string> Prune(params string?[] keep)
    {
        var undeleted = new List<string>();
        foreach (var generation in Generations())
        {
            if (keep.Contains(generation, StringComparer.Ordinal))
            {
                continue;
            }

            if (!TryDelete(generation))
            {
                undeleted.Add(generation);
            }
        }

        return undeleted;
    }

    /// <summary>Deletes one generation directory; false when the file system refused (it stays for a later prune).</summary>
    internal bool TryDelete(string generation)
    {
        try
        {
            Directory.Delete(GenerationPath(generation), recursive: true);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsGenerationName(string name) =>
        name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && name.Length > GenerationPrefix.Length
        && name.AsSpan(GenerationPrefix.Length).IndexOfAnyExcept("0123456789T-") < 0;
}
