using SearchPortal.Core.Ingestion;

namespace SearchPortal.Indexer.Composition;

/// <summary>Counts the articles the sources hold before indexing, so that progress can show a percentage and a time remaining.</summary>
internal static class SourceInventory
{
    // Decompressed bytes counted at most ahead of indexing: past them the count would cost a second read of the corpus.
    private const long CountedBytes = 64L << 20;

    /// <summary>
    /// One a file the reader visits, one a line of a JSON Lines file, as the reader yields records; null (unknown) when
    /// the JSON Lines files hold more than 64 MB, rather than a guess extrapolated from a sample.
    /// </summary>
    public static long? CountArticles(IEnumerable<string> paths)
    {
        long total = 0;
        var budget = CountedBytes;
        foreach (var file in ArticleSourceReader.FilesOf(paths))
        {
            if (!JsonLinesArticleReader.Handles(file))
            {
                total++;
            }
            else if (CountLines(file, ref budget) is { } lines)
            {
                total += lines;
            }
            else
            {
                return null;
            }
        }

        return total;
    }

    /// <remarks>A file that breaks off is counted up to the break: reading it reports the break.</remarks>
    private static long? CountLines(string file, ref long budget)
    {
        long lines = 0;
        var last = (byte)'\n';
        try
        {
            using var raw = File.OpenRead(file);
            using var stream = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? JsonLinesFile.Decompressing(raw) : raw;
            var buffer = new byte[1 << 16];
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, count).Count((byte)'\n');
                last = buffer[count - 1];
                budget -= count;
                if (budget < 0)
                {
                    return null;
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
