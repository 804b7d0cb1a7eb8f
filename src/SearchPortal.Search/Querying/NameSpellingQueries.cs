using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Language;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Querying;

/// <summary>
/// The other spellings a query word may stand for as a name: its <see cref="NameSpellingKey"/> in the name-key field
/// (Bakiev finds Bakiyev), and for a Cyrillic word its Latin transliteration (Путин finds Putin).
/// </summary>
internal static class NameSpellingQueries
{
    /// <summary>
    /// The constant score of a key match, well below what the word as typed scores (BM25 gives a name at least about 1):
    /// the article with the reader's own spelling ranks first, and a rare word the key merges with another (a false
    /// friend) only adds hits at the end of the list. Scored by BM25 instead, a German article naming "Kiew" ten times
    /// outranked the English one naming "Kiev" once for the query "Kiev".
    /// </summary>
    public const float KeyBoost = 0.1f;

    /// <summary>The transliteration of a Cyrillic word counts a bit less than the word itself.</summary>
    public const float TransliterationBoost = 0.8f;

    /// <summary>The Latin spelling of a Cyrillic word, or null when the word has no Cyrillic letter.</summary>
    public static string? Transliterated(string word) =>
        CyrillicTransliteration.IsCyrillic(word) ? CyrillicTransliteration.ToLatin(word) : null;

    /// <summary>The word's key in the name-key field, or null when the word is no single word of letters long enough for one.</summary>
    /// <remarks>Also when the key is the word itself ("Kiev"): other spellings ("Kiew") share it.</remarks>
    /// <param name="dictionary">
    /// Ordinary words of either language: one whose translations all have another key is no name, and its key would
    /// only merge it with other words (Staat/statt, mayor/major, Seiten/Zeiten); a place the dictionary translates into
    /// another romanisation keeps it (Kiew → Kiev).
    /// </param>
    public static Query? KeyQuery(string word, TranslationTable? dictionary = null) =>
        NameSpellingKey.Of(word) is { } key && !IsOrdinaryWord(word, key, dictionary)
            ? new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.NameKey, key))) { Boost = KeyBoost }
            : null;

    private static bool IsOrdinaryWord(string word, string key, TranslationTable? dictionary)
    {
        if (dictionary is null)
        {
            return false;
        }

        var translations = dictionary.Translations(word).ToList();
        return translations.Count > 0 && !translations.Any(t => NameSpellingKey.Of(t) == key);
    }
}
