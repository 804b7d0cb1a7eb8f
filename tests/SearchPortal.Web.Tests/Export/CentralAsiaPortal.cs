using System.IO.Compression;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Export;

/// <summary>A portal over the real Central Asia corpus (483 Kremlin articles, titles with commas and quotes), for exports longer than a page.</summary>
public abstract class CentralAsiaPortal
{
    private PortalFactory factory = null!;

    // The locator names the corpus file; the portal's setting takes the folder holding it.
    internal static string Corpus => Path.GetDirectoryName(RepositoryLocator.SharedCorpus("centralasia_en"))!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The corpus's own records by id, read straight from its file, to check exports against.</summary>
    protected static IReadOnlyDictionary<string, JsonElement> Records { get; } = ReadRecords();

    [OneTimeSetUp]
    public void StartPortal()
    {
        factory = new PortalFactory { SampleCorpus = Corpus, Settings = Settings };
        Client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public void StopPortal()
    {
        Client.Dispose();
        factory.Dispose();
    }

    /// <summary>Settings over the portal's own.</summary>
    private protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    private static Dictionary<string, JsonElement> ReadRecords()
    {
        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var file = Directory.GetFiles(Corpus, "*.jsonl.gz").Single();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                var record = JsonDocument.Parse(line).RootElement.Clone();
                records[record.GetProperty("id").GetString()!] = record;
            }
        }

        return records;
    }
}
