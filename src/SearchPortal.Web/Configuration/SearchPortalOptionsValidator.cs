using System.Globalization;
using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Configuration;

/// <summary>Checks at start that the configured paths can work, so a wrong setting fails loudly instead of on the first search.</summary>
internal sealed class SearchPortalOptionsValidator(IHostEnvironment environment) : IValidateOptions<SearchPortalOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchPortalOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.IndexPath))
        {
            failures.Add("SearchPortal:IndexPath is required.");
        }
        else if (Resolve(options.IndexPath) is var index && !Directory.Exists(index) && !Directory.Exists(Path.GetDirectoryName(index)))
        {
            // A missing index is built in place, but not in a folder that does not exist: that is a path read against the wrong folder.
            failures.Add($"SearchPortal:IndexPath '{options.IndexPath}' is in a folder that does not exist{Resolved(options.IndexPath)}.");
        }

        if (!string.IsNullOrWhiteSpace(options.SampleCorpusPath) && !Directory.Exists(Resolve(options.SampleCorpusPath)))
        {
            failures.Add($"SearchPortal:SampleCorpusPath '{options.SampleCorpusPath}' is not a folder{Resolved(options.SampleCorpusPath)}.");
        }

        if (!string.IsNullOrWhiteSpace(options.VocabularyPath) && !File.Exists(Resolve(options.VocabularyPath)))
        {
            failures.Add($"SearchPortal:VocabularyPath '{options.VocabularyPath}' is not a file{Resolved(options.VocabularyPath)}.");
        }

        if (options.ResultCacheEntries < 0)
        {
            failures.Add($"SearchPortal:ResultCacheEntries must be 0 (off) or more, not {options.ResultCacheEntries}.");
        }

        if (options.RefreshInterval < TimeSpan.FromMilliseconds(1) || options.RefreshInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"SearchPortal:RefreshInterval must be from 00:00:00.001 to 01:00:00, not {options.RefreshInterval}.");
        }

        if (options.SearchBudget < TimeSpan.FromMilliseconds(1) || options.SearchBudget > TimeSpan.FromMinutes(1))
        {
            failures.Add($"SearchPortal:SearchBudget must be from 00:00:00.001 to 00:01:00, not {options.SearchBudget}.");
        }

        Limit(failures, nameof(options.MaxQueryCharacters), options.MaxQueryCharacters, 100_000);
        Limit(failures, nameof(options.MaxQueryWords), options.MaxQueryWords, 10_000);
        Limit(failures, nameof(options.MaxSelectedPerFacet), options.MaxSelectedPerFacet, 1000);
        Limit(failures, nameof(options.MaxSelectedTotal), options.MaxSelectedTotal, 1000);
        Limit(failures, nameof(options.MaxPage), options.MaxPage, 100_000);
        Limit(failures, nameof(options.MaxArticleCharacters), options.MaxArticleCharacters, 100_000_000);
        Limit(failures, nameof(options.MaxExportHits), options.MaxExportHits, 10_000_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Each limit must let ordinary use through (at least 1) and still bound the work a request can ask for.
    private static void Limit(List<string> failures, string name, int value, int max)
    {
        if (value < 1 || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"SearchPortal:{name} must be from 1 to {max}, not {value}."));
        }
    }

    private string Resolve(string path) => Path.GetFullPath(path, environment.ContentRootPath);

    // A relative path names where it was looked for, since the content root is the working folder the portal started in.
    private string Resolved(string path) =>
        Path.IsPathRooted(path) ? "" : $" (read as {Resolve(path)}, relative to the content root {environment.ContentRootPath})";
}
