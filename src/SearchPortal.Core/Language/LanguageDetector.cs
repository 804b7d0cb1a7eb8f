using System.Collections.Frozen;
using SearchPortal.Core.Articles;

namespace SearchPortal.Core.Language;

/// <summary>Tells English from German by function-word frequencies (plus umlaut hints) over the start of a text.</summary>
/// <remarks>Holds only immutable lookups, so one instance can serve all threads.</remarks>
public sealed class LanguageDetector
{
    /// <summary>How much of a text is looked at: the opening of an article settles its language.</summary>
    public const int SampleLength = 4000;

    // Fewer recognised words than this is too little evidence to call a language.
    private const int MinimumRecognisedWords = 5;

    // The winner must outscore the loser by this factor ("clearly wins").
    private const double WinningFactor = 2.0;

    // Share of all words that must be the winner's function words: English and German prose sit near 0.3-0.45,
    // French or Spanish text only collects stray hits such as "des" or "es".
    private const double MinimumDensity = 0.12;

    // An umlaut or ß in a word that is not a function word counts as this much German evidence.
    private const double UmlautWeight = 0.5;

    private const int LongestFunctionWord = 16;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _english =
        FunctionWords.English.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _german =
        FunctionWords.German.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns <see cref="ArticleLanguage.English"/>, <see cref="ArticleLanguage.German"/> or <see cref="ArticleLanguage.Unknown"/>.</summary>
    public string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));

        int words = 0, englishHits = 0, germanHits = 0, umlautWords = 0;
        Span<char> lower = stackalloc char[LongestFunctionWord];
        var i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasUmlaut = false;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                hasUmlaut |= IsUmlaut(sample[i]);
                i++;
            }

            words++;
            var word = sample[start..i];
            if (word.Length <= LongestFunctionWord)
            {
                var lowered = lower[..word.Length];
                word.ToLowerInvariant(lowered);
                if (_english.Contains(lowered))
                {
                    englishHits++;
                    continue;
                }

                if (_german.Contains(lowered))
                {
                    germanHits++;
                    continue;
                }
            }

            if (hasUmlaut)
            {
                umlautWords++;
            }
        }

        return Decide(words, englishHits, germanHits, umlautWords);
    }

    private static string Decide(int words, int englishHits, int germanHits, int umlautWords)
    {
        if (englishHits + germanHits + umlautWords < MinimumRecognisedWords)
        {
            return ArticleLanguage.Unknown;
        }

        double english = englishHits;
        var german = germanHits + (umlautWords * UmlautWeight);
        if (english >= german * WinningFactor && english >= MinimumRecognisedWords && englishHits >= words * MinimumDensity)
        {
            return ArticleLanguage.English;
        }

        if (german >= english * WinningFactor && german >= MinimumRecognisedWords && germanHits >= words * MinimumDensity)
        {
            return ArticleLanguage.German;
        }

        return ArticleLanguage.Unknown;
    }

    private static bool IsUmlaut(char c) => c is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü';
}
