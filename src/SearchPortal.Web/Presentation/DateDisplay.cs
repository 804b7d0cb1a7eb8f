using System.Globalization;
using Humanizer;
using Microsoft.Extensions.Localization;

namespace SearchPortal.Web.Presentation;

/// <summary>Shows article dates exactly ("9 August 2024", "9. August 2024") and relative to the injected clock ("3 months ago", "vor 3 Monaten") in the interface language.</summary>
public sealed class DateDisplay(TimeProvider clock, IStringLocalizer<DateDisplay> text)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    /// <summary>The machine-readable form for &lt;time datetime&gt;.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The date in the current interface language.</summary>
    public static string Exact(DateOnly date) => Exact(date, CultureInfo.CurrentUICulture);

    public static string Exact(DateOnly date, CultureInfo culture) =>
        IsGerman(culture) ? date.ToString("d. MMMM yyyy", German) : date.ToString("d MMMM yyyy", English);

    public string Relative(DateOnly date)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date == today)
        {
            return text["today"];
        }

        // Through DateTime: Humanizer 2.14's DateOnly overload compares only parts of the dates ("9 days ago" for two years).
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var culture = IsGerman(CultureInfo.CurrentUICulture) ? German : English;
        return midnight.Humanize(utcDate: true, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), culture: culture);
    }

    private static bool IsGerman(CultureInfo culture) => culture.TwoLetterISOLanguageName == "de";
}
