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
        : this(rootPath, DriveFreeSpace.Instance)
    {
    }

    /// <param name="freeSpace">Where a rebuild learns how much room its disk has left (a tight disk, in tests).</param>
    internal IndexLocation(string rootPath, IFreeSpaceProbe freeSpace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        RootPath = Path.GetFullPath(rootPath);
        FreeSpace = freeSpace ?? throw new ArgumentNullException(nameof(freeSpace));
    }

    public string RootPath { get; }

    internal IFreeSpaceProbe FreeSpace { get; }

    internal string GenerationsPath => Path.Combine(RootPath, "generations");

    internal string PointerPath => Path.Combine(RootPath, "CURRENT");

    public string LockPath => Path.Combine(RootPath, "rebuild.lock");

    /// <summary>The live generation's name, or null when no generation has been switched in yet (no CURRENT).</summary>
    /// <exception cref="IndexPointerException">CURRENT is empty or does not name a generation.</exception>
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
            // Switch writes the name before it renames, so an empty pointer was never written by a run.
            throw new IndexPointerException(PointerPath, "is empty");
        }

        return IsGenerationName(text)
            ? text
            : throw new IndexPointerException(PointerPath, $"names '{Printable(text)}', which is not a generation");
    }

    /// <summary>The directory of the live generation, or null when there is none or it has vanished.</summary>
    /// <exception cref="IndexPointerException">CURRENT is empty or does not name a generation.</exception>
    public string? CurrentGenerationPath() =>
        CurrentGeneration() is { } name && Directory.Exists(GenerationPath(name)) ? GenerationPath(name) : null;

    /// <summary>The live generation and its directory, for commands that read it.</summary>
    /// <exception cref="NoIndexException">The root has no CURRENT: nothing was ever switched in.</exception>
    /// <exception cref="IndexPointerException">CURRENT is garbage, or names a generation whose directory is gone.</exception>
    public (string Generation, string Path) LiveGeneration()
    {
        var name = CurrentGeneration() ?? throw new NoIndexException(RootPath);
        var path = GenerationPath(name);
        return Directory.Exists(path)
            ? (name, path)
            : throw new IndexPointerException(PointerPath, $"names generation {name}, which does not exist under {GenerationsPath}");
    }

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

    /// <summary>The bytes the files of a generation take (parts still being joined included).</summary>
    internal long GenerationSize(string generation) =>
        new DirectoryInfo(GenerationPath(generation)).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

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

    /// <summary>A committed generation whose parts were all joined: what a rebuild leaves just before it switches.</summary>
    internal bool IsComplete(string generation)
    {
        var path = GenerationPath(generation);
        return Directory.Exists(path)
            && Directory.EnumerateFiles(path, "segments_*").Any()
            && !Directory.EnumerateDirectories(path, "part-*").Any();
    }

    /// <summary>The pointer's temp files, each left by a run killed between writing it and renaming it over CURRENT.</summary>
    internal IEnumerable<string> PointerTempFiles() =>
        Directory.Exists(RootPath) ? Directory.EnumerateFiles(RootPath, "CURRENT.*.tmp") : [];

    // A garbage pointer can hold anything: quote a short, printable prefix of it.
    private static string Printable(string text)
    {
        var cut = text.Length > 40 ? text[..40] + "..." : text;
        return new string(cut.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
    }

    private static bool IsGenerationName(string name) =>
        name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && name.Length > GenerationPrefix.Length
        && name.AsSpan(GenerationPrefix.Length).IndexOfAnyExcept("0123456789T-") < 0;
}
