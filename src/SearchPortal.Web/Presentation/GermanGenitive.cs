namespace SearchPortal.Web.Presentation;

/// <summary>A country's German name in the genitive after an office title: "Russlands", "der Türkei", "des Iran", "von Belarus".</summary>
/// <remarks>
/// Names without an article take "s"; names that already end in an s sound or join two names with "und" take "von"
/// (Duden allows an apostrophe too, "Belarus'", but readers stumble on it); names used with an article take it from the table.
/// </remarks>
public static class GermanGenitive
{
    private static readonly Dictionary<string, string> WithArticle = new(StringComparer.Ordinal)
    {
        ["Türkei"] = "der Türkei",
        ["Ukraine"] = "der Ukraine",
        ["Mongolei"] = "der Mongolei",
        ["Schweiz"] = "der Schweiz",
        ["Slowakei"] = "der Slowakei",
        ["Vereinigte Staaten"] = "der Vereinigten Staaten",
        ["Vereinigte Arabische Emirate"] = "der Vereinigten Arabischen Emirate",
        ["Vereinigtes Königreich"] = "des Vereinigten Königreichs",
        ["Niederlande"] = "der Niederlande",
        ["Philippinen"] = "der Philippinen",
        ["Komoren"] = "der Komoren",
        ["Malediven"] = "der Malediven",
        ["Seychellen"] = "der Seychellen",
        ["Salomonen"] = "der Salomonen",
        ["Marshallinseln"] = "der Marshallinseln",
        ["Bahamas"] = "der Bahamas",
        ["Zentralafrikanische Republik"] = "der Zentralafrikanischen Republik",
        ["Dominikanische Republik"] = "der Dominikanischen Republik",
        ["Demokratische Republik Kongo"] = "der Demokratischen Republik Kongo",
        ["Republik Kongo"] = "der Republik Kongo",
        ["Republik Moldau"] = "der Republik Moldau",
        ["Heiliger Stuhl"] = "des Heiligen Stuhls",
        ["Iran"] = "des Iran",
        ["Irak"] = "des Irak",
        ["Jemen"] = "des Jemen",
        ["Libanon"] = "des Libanon",
        ["Sudan"] = "des Sudan",
        ["Südsudan"] = "des Südsudan",
        ["Tschad"] = "des Tschad",
        ["Niger"] = "des Niger",
        ["Oman"] = "des Oman",
        ["Kosovo"] = "des Kosovo",
    };

    /// <summary>The genitive of a German country name ("Kasachstan" → "Kasachstans").</summary>
    public static string Of(string germanName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(germanName);
        if (WithArticle.TryGetValue(germanName, out var withArticle))
        {
            return withArticle;
        }

        return germanName[^1] is 's' or 'ß' or 'x' or 'z' || germanName.Contains(" und ", StringComparison.Ordinal)
            ? "von " + germanName
            : germanName + "s";
    }
}
