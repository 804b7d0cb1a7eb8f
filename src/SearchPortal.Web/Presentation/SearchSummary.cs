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
}
