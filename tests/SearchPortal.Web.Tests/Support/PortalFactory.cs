using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SearchPortal.Web.Tests.Support;

/// <summary>The real portal in process, over its own index built from the sample corpus (or the given one) in a temporary folder.</summary>
internal sealed class PortalFactory(string? corpusPath = null) : WebApplicationFactory<Program>
{
    /// <summary>The clock the pages see: relative dates are measured against 9 November 2024.</summary>
    public static readonly DateTimeOffset Now = new(2024, 11, 9, 12, 0, 0, TimeSpan.Zero);

    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "searchportal-web-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SearchPortal:IndexPath"] = IndexPath,
            ["SearchPortal:SampleCorpusPath"] = corpusPath ?? RepositoryRoot.SampleCorpus,
            ["SearchPortal:VocabularyPath"] = "",
        }));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(IndexPath))
        {
            Directory.Delete(IndexPath, recursive: true);
        }
    }
}
