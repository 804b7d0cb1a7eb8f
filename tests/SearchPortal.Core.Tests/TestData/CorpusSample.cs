using System.IO.Compression;
using System.Text.Json;

namespace SearchPortal.Core.Tests.TestData;

/// <summary>The first records of a shared corpus as raw (text, lang) pairs, read without the code under test.</summary>
internal static class CorpusSample
{
    public static List<(string Id, string Text, string Lang)> First(string corpus, int count)
    {
        var path = RepositoryLocator.SharedCorpus(corpus);
        var sample = new List<(string, string, string)>(count);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (sample.Count < count && reader.ReadLine() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            sample.Add((root.GetProperty("id").GetString()!, root.GetProperty("title").GetString() + "\n\n" + root.GetProperty("text").GetString(),
                root.GetProperty("lang").GetString()!));
        }

        return sample;
    }
}
