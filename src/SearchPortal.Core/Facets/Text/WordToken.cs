namespace SearchPortal.Core.Facets.Text;

/// <summary>One word of a sentence: its surface form, its normalized matching key and its position.</summary>
/// <param name="Surface">The word as written; dotted abbreviations are collapsed ("U.S." becomes "US").</param>
/// <param name="Key">Lower-case, diacritics removed, ß as ss: the form vocabulary lookups use.</param>
/// <param name="Start">Offset of the first character in the sentence.</param>
/// <param name="End">Offset just past the last character in the sentence.</param>
/// <param name="BreakBefore">True when a comma, semicolon, colon or bracket separates it from the previous word, so no phrase spans the gap.</param>
/// <param name="HyphenBefore">True when only a hyphen or dash joins it to the previous word ("Kazakh-Chinese").</param>
public readonly record struct WordToken(string Surface, string Key, int Start, int End, bool BreakBefore, bool HyphenBefore)
{
    /// <summary><see cref="HashOf"/> of the key, computed once so that each phrase list can rule the word out cheaply.</summary>
    public int KeyHash { get; init; }

    /// <summary>A cheap, process-independent hash of a matching key (FNV-1a over its characters).</summary>
    public static int HashOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 16));
    }

    /// <summary>True when the word starts with an upper-case letter or a digit, as names and proper nouns do.</summary>
    public bool IsCapitalized => Surface.Length > 0 && (char.IsUpper(Surface[0]) || char.IsDigit(Surface[0]));

    /// <summary>True for "Tokayev" and "TOKAYEV" style words whose first letter is upper-case and which have at least one more letter.</summary>
    public bool LooksLikeName => Surface.Length > 1 && char.IsUpper(Surface[0]) && char.IsLetter(Surface[1]);
}
