using System.Globalization;

namespace SearchPortal.Core.Vocabulary;

/// <summary>A span of years as a filter value, both ends included: "2019..2023" in URLs, options and the query syntax.</summary>
public readonly record struct YearRange
{
    /// <summary>Between the two years of the written form.</summary>
    public const string Separator = "..";

    /// <summary>The range of <paramref name="from"/> to <paramref name="to"/>, in either order.</summary>
    public YearRange(int from, int to)
    {
        From = Math.Min(from, to);
        To = Math.Max(from, to);
    }

    public int From { get; }

    public int To { get; }

    public bool Contains(int year) => year >= From && year <= To;

    /// <summary>Reads "2019..2023" (two whole years from 1 to 9999, either order); false for anything else.</summary>
    public static bool TryParse(string? text, out YearRange range)
    {
        range = default;
        var at = text?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (at < 0
            || !TryYear(text.AsSpan(0, at).Trim(), out var from)
            || !TryYear(text.AsSpan(at + Separator.Length).Trim(), out var to))
        {
            return false;
        }

        range = new YearRange(from, to);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From}{Separator}{To}");

    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1 and <= 9999;
}
