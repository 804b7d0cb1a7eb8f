using System.Globalization;
using Humanizer;

namespace SearchPortal.Web.Presentation;

/// <summary>Shows article dates exactly ("9 August 2024") and relative to the injected clock ("3 months ago").</summary>
public sealed class DateDisplay(TimeProvider clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The machine-readable form for &lt;time datetime&gt;.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Exact(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public string Relative(DateOnly date)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date == today)
        {
            return "today";
        }

        // Through DateTime: Humanizer 2.14's DateOnly overload compares only parts of the dates ("9 days ago" for two years).
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return midnight.Humanize(utcDate: true, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), culture: English);
    }
}
