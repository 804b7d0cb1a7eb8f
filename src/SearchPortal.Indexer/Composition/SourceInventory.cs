using SearchPortal.Core.Ingestion;

namespace SearchPortal.Indexer.Composition;

/// <summary>Estimates how many articles the sources hold, so that progress can show a percentage and a time remaining.</summary>
internal static class SourceInventory
{
    // Decompressed bytes sampled from a file before its line count is extrapolated.
    private const long SampleBytes = 8L << 20;

    /// <summary>One a file the reader visits, one a line of a JSON Lines file: the records the read will yield.</summary>
    public static long CountArticles(IEnumerable<string> paths) =>
        ArticleSourceReader.FilesOf(paths).Sum(file => JsonLinesArticleReader.Handles(file) ? EstimateLines(file) : 1);

    /// <summary>
    /// Exact for a small file; for a large one the lines of its first 8 MB scaled by the file bytes they took.
    /// Counting all lines would read (and decompress) the whole file once more before indexing starts (a second of
    /// CPU for the 70 MB mixed corpus), only for a progress bar.
    /// </summary>
    /// <remarks>A file that breaks off is counted up to the break: reading it reports the break, not this estimate.</remarks>
    private static long EstimateLines(string file)
    {
        long lines = 0;
        var last = (byte)'\n';
        try
        {
            using var raw = File.OpenRead(file);
            using var stream = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? JsonLinesFile.Decompressing(raw) : raw;
            var buffer = new byte[1 << 16];
            long read = 0;
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, count).Count((byte)'\n');
                last = buffer[count - 1];
                read += count;
                if (read >= SampleBytes && raw.Position < raw.Length)
                {
                    return (long)Math.Round(lines * (double)raw.Length / raw.Position);
                }
            }
        }
        catch (Exception e) when (JsonLinesFile.DescribeFailure(e) is not null)
        {
            return lines + 1;
        }

        return last == (byte)'\n' ? lines : lines + 1;
    }
}
