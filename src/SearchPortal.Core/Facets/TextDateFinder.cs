using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Facets;

/// <summary>Finds full calendar dates (day, month and year) in English and German text.</summary>
/// <remarks>
/// Only complete dates count: "March 30, 2024", "30 March 2024", "26. April 2025", "2021-06-02", "30.03.2024".
/// A bare year or month and year ("in 2023", "September 2019", "2026 bis 2028") names another period, not the
/// article's date. Month names must be capitalized so "may" the verb is not a month.
/// </remarks>
public static partial class TextDateFinder
{
    private const string EnglishMonths = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string GermanMonths = "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";

    private static readonly Dictionary<string, int> MonthNumbers = BuildMonthNumbers();

    /// <summary>The first valid full date in <paramref name="text"/> and where it stands, or null.</summary>
    public static (DateOnly Date, int Start, int End)? FindFirst(string text)
    {
        for (var match = DatePattern().Match(text); match.Success; match = match.NextMatch())
        {
            if (ToDate(match) is { } date)
            {
                return (date, match.Index, match.Index + match.Length);
            }
        }

        return null;
    }

    private static DateOnly? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups["mnum"].Success
            ? int.Parse(match.Groups["mnum"].ValueSpan, CultureInfo.InvariantCulture)
            : MonthNumbers[match.Groups["month"].Value];
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static Dictionary<string, int> BuildMonthNumbers()
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        string[] german = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
        for (var i = 0; i < 12; i++)
        {
            numbers[english[i]] = i + 1;
            numbers[english[i][..3]] = i + 1;
            numbers[german[i]] = i + 1;
        }

        numbers["Sept"] = 9;
        numbers["Jänner"] = 1;
        numbers["Maerz"] = 3;
        return numbers;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:" +
        @"(?<month>" + EnglishMonths + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})" +
        @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + EnglishMonths + @")\.?,?\s+(?<year>\d{4})" +
        @"|(?<day>\d{1,2})\.\s*(?<month>" + GermanMonths + @")\s+(?<year>\d{4})" +
        @"|(?<year>\d{4})-(?<mnum>\d{2})-(?<day>\d{2})" +
        @"|(?<day>\d{1,2})\.(?<mnum>\d{1,2})\.(?<year>\d{4})" +
        @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();
}
