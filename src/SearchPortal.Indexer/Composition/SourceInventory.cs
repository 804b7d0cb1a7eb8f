using System.IO.Compression;

namespace SearchPortal.Indexer.Composition;

/// <summary>Estimates how many articles the sources hold, so that progress can show a percentage and a time remaining.</summary>
internal static class SourceInventory
{
    public static long CountArticles(IEnumerable<string> paths)
    {
        long count = 0;
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                : File.Exists(path) ? [path] : [];
            foreach (var file in files)
            {
                count += CountInFile(file);
            }
        }

        return count;
    }

    private static long CountInFile(string file)
    {
        if (file.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(file);
            return CountLines(stream);
        }

        if (file.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            return CountLines(stream);
        }

        return 0;
    }

    private static long CountLines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return last == (byte)'\n' ? lines : lines + 1;
    }
}
