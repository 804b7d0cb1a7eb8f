using System.Text.RegularExpressions;

namespace SearchPortal.Web.Presentation;

/// <summary>
/// An official's office as the index stores it, in English ("Foreign Minister of Russia, 2004–", "President, Kazakhstan"),
/// rendered in German ("Außenminister Russlands, 2004–") when its title is one of the common ones and its country is known.
/// </summary>
/// <remarks>
/// Rule-based on purpose: a table of the titles most offices carry and the country's genitive; anything else stays
/// English and is marked as such. The sources record no gender, so titles take the generic masculine form.
/// </remarks>
public static partial class GermanOffice
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["President"] = "Präsident",
        ["Vice President"] = "Vizepräsident",
        ["First Vice President"] = "Erster Vizepräsident",
        ["Prime Minister"] = "Premierminister",
        ["Premier"] = "Ministerpräsident",
        ["Deputy Prime Minister"] = "Stellvertretender Premierminister",
        ["First Deputy Prime Minister"] = "Erster stellvertretender Premierminister",
        ["Chancellor"] = "Kanzler",
        ["Head of State"] = "Staatsoberhaupt",
        ["King"] = "König",
        ["Queen"] = "Königin",
        ["Emir"] = "Emir",
        ["Sultan"] = "Sultan",
        ["Chairman"] = "Vorsitzender",
        ["Chairman of the Cabinet of Ministers"] = "Vorsitzender des Ministerkabinetts",
        ["Deputy Chairman of the Cabinet of Ministers"] = "Stellvertretender Vorsitzender des Ministerkabinetts",
        ["Secretary-General"] = "Generalsekretär",
        ["Secretary General"] = "Generalsekretär",
        ["Secretary of State"] = "Außenminister",
        ["Foreign Minister"] = "Außenminister",
        ["Deputy Foreign Minister"] = "Stellvertretender Außenminister",
        ["Vice Foreign Minister"] = "Stellvertretender Außenminister",
        ["Acting Foreign Minister"] = "Amtierender Außenminister",
        ["Minister of Foreign Affairs"] = "Außenminister",
        ["Defence Minister"] = "Verteidigungsminister",
        ["Defense Minister"] = "Verteidigungsminister",
        ["Minister of Defence"] = "Verteidigungsminister",
        ["Secretary of Defense"] = "Verteidigungsminister",
        ["Minister of Finance"] = "Finanzminister",
        ["Secretary of the Treasury"] = "Finanzminister",
        ["Minister of Internal Affairs"] = "Innenminister",
        ["Minister of the Interior"] = "Innenminister",
        ["Minister of Health"] = "Gesundheitsminister",
        ["Minister of Healthcare"] = "Gesundheitsminister",
        ["Minister of Energy"] = "Energieminister",
        ["Minister of Culture"] = "Kulturminister",
        ["Minister of Education"] = "Bildungsminister",
        ["Minister of Agriculture"] = "Landwirtschaftsminister",
        ["Minister of Justice"] = "Justizminister",
        ["Minister of Economy"] = "Wirtschaftsminister",
        ["Minister of Transport"] = "Verkehrsminister",
        ["Minister of Emergency Situations"] = "Minister für Notfälle",
        ["Attorney General"] = "Generalstaatsanwalt",
    };

    /// <summary>The office in German, or null when its title or its country is not one the rules know.</summary>
    /// <param name="office">The stored English office.</param>
    /// <param name="germanCountry">The German name of a country the vocabulary knows by this English name, else null.</param>
    public static string? Translate(string office, Func<string, string?> germanCountry)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(germanCountry);
        var years = TrailingYears().Match(office);
        var rest = years.Success ? office[..years.Index] : office;
        if ((Split(rest, ", ", germanCountry) ?? Split(rest, " of ", germanCountry) ?? Title(rest)) is not { } german)
        {
            return null;
        }

        return years.Success ? german + years.Value : german;
    }

    /// <summary>"Title of Country" or "Title (years), Country" split at the last separator, when that names a known country.</summary>
    private static string? Split(string text, string separator, Func<string, string?> germanCountry)
    {
        var at = text.LastIndexOf(separator, StringComparison.Ordinal);
        if (at <= 0 || germanCountry(text[(at + separator.Length)..]) is not { } country)
        {
            return null;
        }

        var role = text[..at];
        var period = RoleYears().Match(role);
        var title = Title(period.Success ? role[..period.Index] : role);
        return title is null ? null : $"{title} {GermanGenitive.Of(country)}{(period.Success ? period.Value : "")}";
    }

    /// <summary>A title, or two joined by "and" ("Deputy Prime Minister and Foreign Minister"), from the table.</summary>
    private static string? Title(string title)
    {
        var parts = title.Split(" and ");
        var german = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!Titles.TryGetValue(part, out var translated))
            {
                return null;
            }

            german.Add(translated);
        }

        return string.Join(" und ", german);
    }

    [GeneratedRegex(@", (\d{4}–\d{4}|\d{4}–|–\d{4}|\d{4})$")]
    private static partial Regex TrailingYears();

    [GeneratedRegex(@" \([\d–, ]+\)$")]
    private static partial Regex RoleYears();
}
