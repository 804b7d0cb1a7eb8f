using System.ComponentModel.DataAnnotations;

namespace SearchPortal.Web.Configuration;

/// <summary>Where the portal finds its index, the sample corpus it builds a first index from, and the facet vocabulary.</summary>
/// <remarks>Relative paths are read against the content root, so the defaults in appsettings.json point at the repository.</remarks>
public sealed class SearchPortalOptions
{
    public const string Section = "SearchPortal";

    /// <summary>The folder of the live index; created from the sample corpus when it holds no index yet.</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "";

    /// <summary>The corpus indexed on first start; null or empty to start only from an existing index.</summary>
    public string? SampleCorpusPath { get; set; }

    /// <summary>A vocabulary file replacing the built-in one; null or empty for the built-in vocabulary.</summary>
    public string? VocabularyPath { get; set; }

    /// <summary>How many search answers (one result page each) the result cache keeps; 0 turns the cache off.</summary>
    public int ResultCacheEntries { get; set; } = 1000;

    /// <summary>How often the portal looks for a new index generation or commit (from a millisecond to an hour).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);
}
