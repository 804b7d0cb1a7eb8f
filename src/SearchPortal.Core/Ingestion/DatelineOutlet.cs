using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>Reads the news outlet from an agency dateline such as "NUR-SULTAN. KAZINFORM –" or "ASTANA (Reuters) -".</summary>
internal static partial class DatelineOutlet
{
    // Acronym-like outlet names up to this length keep their capitals (TASS, AFP); longer ones are title-cased.
    private const int LongestAcronym = 4;

    // A dateline sits in the first words of a paragraph; matching only there keeps long paragraphs cheap.
    private const int DatelineWindow = 120;

    [GeneratedRegex(
        @"^\p{Lu}[\p{Lu}\s'-]{1,40}?[.,]\s+(?<caps>\p{Lu}{3,}(?:-\p{Lu}+)?)\s*[–—-]\s",
        RegexOptions.CultureInvariant)]
    private static partial Regex CapitalDateline();

    [GeneratedRegex(
        @"^\p{Lu}[\p{L}\s.,'-]{1,40}?\s*\((?<named>\p{Lu}[\p{L}&.]*(?:\s\p{Lu}[\p{L}&.]*){0,2})\)\s*[–—-]\s",
        RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedDateline();

    /// <summary>The outlet named by the dateline opening <paramref name="paragraph"/>, or null.</summary>
    public static string? Find(string paragraph)
    {
        var window = Math.Min(paragraph.Length, DatelineWindow);
        var capital = CapitalDateline().Match(paragraph, 0, window);
        if (capital.Success)
        {
            return ProperCase(capital.Groups["caps"].Value);
        }

        var named = ParenthesisedDateline().Match(paragraph, 0, window);
        return named.Success ? named.Groups["named"].Value : null;
    }

    private static string ProperCase(string outlet)
    {
        if (outlet.Length <= LongestAcronym)
        {
            return outlet;
        }

        return string.Create(outlet.Length, outlet, static (span, source) =>
        {
            var startOfWord = true;
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = startOfWord ? source[i] : char.ToLowerInvariant(source[i]);
                startOfWord = source[i] == '-';
            }
        });
    }
}
