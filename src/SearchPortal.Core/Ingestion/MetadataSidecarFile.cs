using System.Globalization;
using System.Text.Json;
using SearchPortal.Core.Articles;

namespace SearchPortal.Core.Ingestion;

/// <summary>Finds, reads, checks and applies the NAME.meta.json sidecar of a NAME.txt article.</summary>
internal static class MetadataSidecarFile
{
    public const string Suffix = ".meta.json";

    public static string PathFor(string textFilePath) =>
        Path.Combine(Path.GetDirectoryName(textFilePath) ?? string.Empty, Path.GetFileNameWithoutExtension(textFilePath) + Suffix);

    public static bool IsSidecar(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Applies the sidecar next to <paramref name="textFilePath"/> when there is one; null with <paramref name="error"/> when it is malformed.</summary>
    public static Article? ApplyIfPresent(string textFilePath, Article article, out string? error)
    {
        error = null;
        var sidecarPath = PathFor(textFilePath);
        if (!File.Exists(sidecarPath))
        {
            return article;
        }

        var json = ArticleTextFile.TryRead(sidecarPath, ArticleSizeLimit.Default, out var readError);
        if (json is null)
        {
            error = $"malformed metadata sidecar {sidecarPath}: {readError}";
            return null;
        }

        MetadataSidecar? sidecar;
        try
        {
            sidecar = JsonSerializer.Deserialize(json, IngestionJsonContext.Default.MetadataSidecar);
        }
        catch (JsonException e)
        {
            error = $"malformed metadata sidecar {sidecarPath}: {e.Message}";
            return null;
        }

        if (sidecar is null)
        {
            error = $"malformed metadata sidecar {sidecarPath}: not a JSON object";
            return null;
        }

        var applied = Apply(sidecar, article, out var invalid);
        if (applied is null)
        {
            error = $"malformed metadata sidecar {sidecarPath}: {invalid}";
        }

        return applied;
    }

    private static Article? Apply(MetadataSidecar sidecar, Article article, out string? invalid)
    {
        invalid = null;
        var date = article.Date;
        if (sidecar.Date is not null)
        {
            if (!DateOnly.TryParseExact(sidecar.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                invalid = $"\"date\" must be YYYY-MM-DD, got \"{sidecar.Date}\"";
                return null;
            }

            date = parsed;
        }

        if (sidecar.Language is not null && sidecar.Language is not (ArticleLanguage.English or ArticleLanguage.German or ArticleLanguage.Unknown))
        {
            invalid = $"\"language\" must be \"en\", \"de\" or \"und\", got \"{sidecar.Language}\"";
            return null;
        }

        if (sidecar.Title is not null && string.IsNullOrWhiteSpace(sidecar.Title))
        {
            invalid = "\"title\" is empty";
            return null;
        }

        var overrides = sidecar.Countries is null && sidecar.Formats is null && sidecar.Year is null && sidecar.Officials is null
            ? article.Overrides
            : new FacetOverrides(sidecar.Countries, sidecar.Formats, sidecar.Year, sidecar.Officials);

        return article with
        {
            Title = sidecar.Title?.Trim() ?? article.Title,
            Date = date,
            Language = sidecar.Language ?? article.Language,
            Source = sidecar.Source ?? article.Source,
            Url = sidecar.Url ?? article.Url,
            Category = sidecar.Category ?? article.Category,
            Overrides = overrides,
        };
    }
}
