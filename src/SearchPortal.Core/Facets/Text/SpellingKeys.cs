namespace SearchPortal.Core.Facets.Text;

/// <summary>The word keys a vocabulary spelling is matched by, and the inflected variants it also stands for.</summary>
public static class SpellingKeys
{
    private static readonly string[] GermanAdjectiveEndings = ["", "e", "en", "er", "es", "em"];

    private static readonly string[] GermanAdjectiveSuffixes = ["sche", "schen", "scher", "sches", "schem"];

    /// <summary>The normalized words of a spelling: "Kazakh-Chinese" gives ["kazakh", "chinese"].</summary>
    public static string[] Of(string spelling)
    {
        var tokens = WordTokenizer.Tokenize(spelling);
        var keys = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            keys[i] = tokens[i].Key;
        }

        return keys;
    }

    /// <summary>The spelling's words as written, for spellings that only match with exact case.</summary>
    public static string[] SurfacesOf(string spelling)
    {
        var tokens = WordTokenizer.Tokenize(spelling);
        var surfaces = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            surfaces[i] = tokens[i].Surface;
        }

        return surfaces;
    }

    /// <summary>Spellings written without lower-case letters (US, U.S., SCO, C5+1) match only as written.</summary>
    public static bool IsCaseSensitive(string spelling)
    {
        var hasUpper = false;
        foreach (var c in spelling)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasUpper |= char.IsUpper(c);
        }

        return hasUpper;
    }

    /// <summary>
    /// Every key sequence a spelling stands for: German adjective endings on words ending in -sch
    /// (kasachisch, kasachische, kasachischen...) and, when <paramref name="withGenitive"/>, a trailing -s on the
    /// last word (German genitive "Kasachstans", English plural "Kazakhs").
    /// </summary>
    public static List<string[]> Variants(string[] keys, bool withGenitive)
    {
        var alternatives = new List<string[]>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            var options = new List<string>(AdjectiveForms(keys[i]));
            if (withGenitive && i == keys.Length - 1 && TakesGenitiveS(keys[i]))
            {
                options.Add(keys[i] + "s");
            }

            alternatives.Add([.. options.Distinct(StringComparer.Ordinal)]);
        }

        var results = new List<string[]> { Array.Empty<string>() };
        foreach (var options in alternatives)
        {
            var next = new List<string[]>(results.Count * options.Length);
            foreach (var prefix in results)
            {
                foreach (var option in options)
                {
                    next.Add([.. prefix, option]);
                }
            }

            results = next;
        }

        return results;
    }

    private static IEnumerable<string> AdjectiveForms(string key)
    {
        var stem = GermanAdjectiveStem(key);
        if (stem is null)
        {
            return [key];
        }

        return GermanAdjectiveEndings.Select(ending => stem + ending).Prepend(key);
    }

    private static string? GermanAdjectiveStem(string key)
    {
        if (key.Length > 4 && key.EndsWith("sch", StringComparison.Ordinal))
        {
            return key;
        }

        foreach (var suffix in GermanAdjectiveSuffixes)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return key[..(key.Length - suffix.Length + 3)];
            }
        }

        return null;
    }

    private static bool TakesGenitiveS(string key) =>
        key.Length >= 3 && char.IsLetter(key[^1]) && key[^1] is not ('s' or 'x' or 'z');
}
