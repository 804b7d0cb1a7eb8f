using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SearchPortal.Web.Presentation;

/// <summary>The one-line summary above results: how many articles and how long the engine took, in the interface language.</summary>
public sealed class SearchSummary(IStringLocalizer<SearchSummary> text)
{
    /// <summary>"1 article", "1,234 articles", "1.234 Artikel".</summary>
    public string Total(int total) =>
        text[total == 1 ? "{0} article" : "{0} articles", Count(total)];

    /// <summary>A count with the interface language's thousands separator ("1,234", "1.234").</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentUICulture);

    /// <summary>Milliseconds with one decimal below ten, since most answers take about one.</summary>
    public static string Took(TimeSpan took) =>
        took.TotalMilliseconds < 10
            ? took.TotalMilliseconds.ToString("0.0", CultureInfo.CurrentUICulture) + " ms"
            : took.TotalMilliseconds.ToString("N0", CultureInfo.CurrentUICulture) + " ms";

    /// <summary>A count short enough for a timeline bar, in the interface language: "950", "1.2k", "15k" ("1,2k" in German).</summary>
    public static string Compact(int count) => count switch
    {
        < 1000 => count.ToString(CultureInfo.CurrentUICulture),
        < 10_000 => (count / 1000.0).ToString("0.#", CultureInfo.CurrentUICulture) + "k",
        _ => (count / 1000).ToString(CultureInfo.CurrentUICulture) + "k",
    };
}
