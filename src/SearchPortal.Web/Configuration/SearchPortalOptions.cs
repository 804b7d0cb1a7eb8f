using System.ComponentModel.DataAnnotations;
using SearchPortal.Search.Searching;

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

    /// <summary>The longest query (q) a search accepts, in characters; longer ones get 400.</summary>
    public int MaxQueryCharacters { get; set; } = 1000;

    /// <summary>The most words (runs of non-space characters) a query may have; more get 400.</summary>
    public int MaxQueryWords { get; set; } = 64;

    /// <summary>The most values one facet (country=, year=...) may select at once; more get 400.</summary>
    public int MaxSelectedPerFacet { get; set; } = 20;

    /// <summary>The most facet values a search may select over all facets; more get 400.</summary>
    public int MaxSelectedTotal { get; set; } = 40;

    /// <summary>The deepest result page (page=): a page costs the engine a top-N of page × size.</summary>
    public int MaxPage { get; set; } = 500;

    /// <summary>How much of an article's text its page and /api/articles send, in characters; the rest is named, not sent.</summary>
    public int MaxArticleCharacters { get; set; } = 100_000;

    /// <summary>
    /// The time one search may spend (from a millisecond to a minute) before it stops collecting hits and answers with
    /// what it has, saying the results may be incomplete.
    /// </summary>
    public TimeSpan SearchBudget { get; set; } = ArticleSearcher.DefaultCollectionBudget;

    /// <summary>The most hits one CSV or JSON Lines export (/export.csv, /export.jsonl) writes; the rest is left out.</summary>
    public int MaxExportHits { get; set; } = 100_000;
}
