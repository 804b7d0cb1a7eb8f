using System.IO.Compression;
using System.Text;

namespace SearchPortal.Core.Tests.TestData;

/// <summary>A fresh directory under the system temp folder, deleted on dispose, with helpers to write test input files.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "searchportal-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var path = Prepare(relativePath);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Prepare(relativePath);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteGzip(string relativePath, string content)
    {
        var path = Prepare(relativePath);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string Prepare(string relativePath)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }
}
