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
    /// A key match counts well below the word as typed: the article with the reader's own spelling ranks first, and a
    /// rare word the key merges with another (a false friend) only adds hits at the end of the list.
    /// </summary>
    public const float KeyBoost = 0.3f;

    /// <summary>The transliteration of a Cyrillic word counts a bit less than the word itself.</summary>
    public const float TransliterationBoost = 0.8f;

    /// <summary>The Latin spelling of a Cyrillic word, or null when the word has no Cyrillic letter.</summary>
    public static string? Transliterated(string word) =>
        CyrillicTransliteration.IsCyrillic(word) ? CyrillicTransliteration.ToLatin(word) : null;

    /// <summary>
    /// The word's key in the name-key field, or null when the word is no single word of letters or its key is the word
    /// itself lower-cased (then the word as typed already finds every article the key would).
    /// </summary>
    public static Query? KeyQuery(string word)
    {
        if (NameSpellingKey.Of(word) is not { } key)
        {
            return null;
        }

        return string.Equals(key, word.ToLowerInvariant(), StringComparison.Ordinal)
            ? null
            : new TermQuery(new Term(ArticleFields.NameKey, key)) { Boost = KeyBoost };
    }
}
