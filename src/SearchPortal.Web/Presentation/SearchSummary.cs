using System.Globalization;
using Humanizer;

namespace SearchPortal.Web.Presentation;

/// <summary>The one-line summary above results: how many articles and how long the engine took.</summary>
public static class SearchSummary
{
    /// <summary>"1 article", "1,234 articles".</summary>
    public static string Total(int total) => "article".ToQuantity(total, "N0", CultureInfo.InvariantCulture);

    /// <summary>Milliseconds with one decimal below ten, since most answers take about one.</summary>
    public static string Took(TimeSpan took) =>
        took.TotalMilliseconds < 10
            ? took.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms"
            : took.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>A count short enough for a timeline bar: "950", "1.2k", "15k".</summary>
    public static string Compact(int count) => count switch
    {
        < 1000 => count.ToString(CultureInfo.InvariantCulture),
        < 10_000 => (count / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => (count / 1000).ToString(CultureInfo.InvariantCulture) + "k",
    };
}
