using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Configuration;

/// <summary>The configured paths made absolute against the content root.</summary>
public sealed class PortalPaths(IOptions<SearchPortalOptions> options, IHostEnvironment environment)
{
    public string Index { get; } = Path.GetFullPath(options.Value.IndexPath, environment.ContentRootPath);

    public string? SampleCorpus { get; } = Absolute(options.Value.SampleCorpusPath, environment);

    public string? Vocabulary { get; } = Absolute(options.Value.VocabularyPath, environment);

    private static string? Absolute(string? path, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, environment.ContentRootPath);
}
