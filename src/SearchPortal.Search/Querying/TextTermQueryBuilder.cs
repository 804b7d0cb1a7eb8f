using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets.Text;
using SearchPortal.Core.Language;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Querying.Syntax;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Querying;

/// <summary>
/// Builds one text term as a single "concept": a DisjunctionMax over the search fields and over every vocabulary
/// spelling of it, so an article filling both its language field and the neutral field is not counted twice, and a
/// name matched in several spellings counts once.
/// </summary>
/// <param name="dictionary">Ordinary words of either language, searched without a name-spelling key; none when null.</param>
internal sealed class TextTermQueryBuilder(FieldQueryFactory fields, FacetVocabulary vocabulary, bool literalStopWords,
    TranslatedTermQueryBuilder? translations = null, TranslationTable? dictionary = null)
{
    /// <summary>Tie-breaker of the per-word DisjunctionMax: the best field counts fully, the others a little.</summary>
    public const float FieldTie = 0.1f;

    /// <summary>Caps one expansion: a country with dozens of adjectives and demonyms would otherwise blow up the query.</summary>
    public const int MaxSpellings = 24;

    /// <summary>
    /// Caps all expansions of one query together: each spelling is a phrase over six fields, so a query listing 32
    /// countries was 2,000 phrase queries (270 ms of CPU on 56,000 articles, most of it in the any-word pass and the
    /// snippets). Words expand in the order typed, so an ordinary query naming a few places expands whole.
    /// </summary>
    public const int MaxSpellingsPerQuery = 64;

    /// <summary>Spellings found through the vocabulary count a bit less than the word as typed.</summary>
    public const float ExpansionBoost = 0.7f;

    // Titles at the bodies' weight: BM25 already scores a word in a short title high, and an extra boost let one
    // title word outweigh the rest of a natural-language query (SciFact nDCG@10 0.60 at 2.5, 0.68 at 1; 1.5 and 0.5
    // were lower). The neutral fields a little below the language fields, since they repeat the same text; they still
    // add exact word forms beside the stems (German collections about 0.01 nDCG@10 lower without them).
    private static readonly (string Field, float Boost)[] AllFields =
    [
        (ArticleFields.TitleEnglish, 1f), (ArticleFields.TitleGerman, 1f), (ArticleFields.TitleNeutral, 0.8f),
        (ArticleFields.BodyEnglish, 1f), (ArticleFields.BodyGerman, 1f), (ArticleFields.BodyNeutral, 0.7f),
    ];

    private static readonly (string Field, float Boost)[] TitleFields = AllFields[..3];

    // Queries of words some language chain drops as stop words: they do not count toward "all words".
    private readonly HashSet<Query> commonWordQueries = new(ReferenceEqualityComparer.Instance);

    private int spellingsExpanded;

    // Each word and window of a parsed query is built once, however many queries are assembled from the tree: the
    // all-words query and its any-word fallback share them (QueryReading). Keyed by node, not by text, so a word typed
    // twice spends the spelling budget twice, as it did when each query was built apart.
    private readonly Dictionary<TextNode, Query?> built = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TextNode, Query?> windowsBuilt = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <see cref="MaxSpellingsPerQuery"/> left some vocabulary spellings out.</summary>
    public bool CutSpellings { get; private set; }

    /// <summary>Whether some text term carries meaning (not a stop word of a language chain, or a prefix).</summary>
    public bool SawContentWords { get; private set; }

    /// <summary>Whether some text term is a stop word of a language chain ("the", "und", "of").</summary>
    public bool SawCommonWords { get; private set; }

    /// <summary>The word, phrase or prefix over its fields and vocabulary spellings; null when analysis leaves nothing.</summary>
    public Query? Build(TextNode text)
    {
        if (!built.TryGetValue(text, out var query))
        {
            query = BuildOnce(text);
            built[text] = query;
        }

        return query;
    }

    private Query? BuildOnce(TextNode text)
    {
        var targets = text.TitleOnly ? TitleFields : AllFields;
        var disjuncts = new List<Query>();
        if (text.IsPrefix)
        {
            foreach (var (field, boost) in targets)
            {
                fields.AddPrefixes(field, text.Text, boost, disjuncts);
            }

            SawContentWords = true;
            return Disjunction(disjuncts);
        }

        var droppedByALanguage = false;
        var neutral = new List<Query>(2);
        foreach (var (field, boost) in targets)
        {
            var isNeutral = field is ArticleFields.TitleNeutral or ArticleFields.BodyNeutral;
            var query = text.IsPhrase ? fields.ForPhrase(field, text.Text, boost) : fields.ForWord(field, text.Text, boost);
            if (query is not null)
            {
                (isNeutral ? neutral : disjuncts).Add(query);
            }
            else
            {
                droppedByALanguage |= !isNeutral;
            }
        }

        var common = droppedByALanguage && HasLetterOrDigit(text.Text);

        // The neutral chain keeps stop words (for names and exact words), so a stop word there would match nearly
        // every article; it is searched there only when the whole query is stop words (literalStopWords).
        if (!common || literalStopWords)
        {
            disjuncts.AddRange(neutral);
        }
        SawCommonWords |= common;
        SawContentWords |= !common && disjuncts.Count > 0;
        if (common && literalStopWords)
        {
            AddLiterals(text, targets, disjuncts);
        }

        if (!common)
        {
            var spellings = vocabulary.SpellingsOf(text.Text);
            AddSpellings(spellings, targets, disjuncts, typed: text.Text);
            AddNameSpellings(text, targets, disjuncts);
            translations?.Add(text, disjuncts, spellings);
        }

        var result = Disjunction(disjuncts);
        if (common && result is not null)
        {
            commonWordQueries.Add(result);
        }

        return result;
    }

    // Other romanisations of a name (NameSpellingQueries), and a Cyrillic word also in Latin letters with its own.
    private void AddNameSpellings(TextNode text, (string Field, float Boost)[] targets, List<Query> disjuncts)
    {
        if (text.IsPhrase)
        {
            return;
        }

        var latin = NameSpellingQueries.Transliterated(text.Text);
        if (latin is not null)
        {
            foreach (var (field, boost) in targets)
            {
                if (fields.ForWord(field, latin, boost * NameSpellingQueries.TransliterationBoost) is { } query)
                {
                    disjuncts.Add(query);
                }
            }

            AddSpellings(vocabulary.SpellingsOf(latin), targets, disjuncts, typed: latin);
        }

        if (!text.TitleOnly && NameSpellingQueries.KeyQuery(latin ?? text.Text, dictionary) is { } key)
        {
            disjuncts.Add(key);
        }
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddLiterals(TextNode text, (string Field, float Boost)[] targets, List<Query> disjuncts)
    {
        foreach (var (field, boost) in targets)
        {
            if (field is ArticleFields.TitleNeutral or ArticleFields.BodyNeutral)
            {
                var literal = text.IsPhrase ? PhraseOfWords(field, text.Text, boost) : FieldQueryFactory.Literal(field, text.Text, boost);
                if (!disjuncts.Contains(literal))
                {
                    disjuncts.Add(literal);
                }
            }
        }
    }

    private static PhraseQuery PhraseOfWords(string field, string text, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            phrase.Add(new Term(field, word.ToLowerInvariant()));
        }

        return phrase;
    }

    private void AddSpellings(IReadOnlyList<string> spellings, (string Field, float Boost)[] targets, List<Query> disjuncts, string? typed = null)
    {
        if (spellings.Count == 0)
        {
            return;
        }

        // Spellings differing only in case or diacritics analyze to the same query: keep one. Punctuation stays
        // significant: "U.K." analyzes to another term than "UK", and articles write both.
        var seen = new HashSet<Query>(disjuncts);
        var typedKey = typed is null ? null : SpellingNormalizer.Normalize(typed);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spelling in spellings)
        {
            var key = SpellingNormalizer.Normalize(spelling);
            if (!keys.Add(key))
            {
                continue;
            }

            if (keys.Count > MaxSpellings)
            {
                break;
            }

            if (string.Equals(key, typedKey, StringComparison.Ordinal))
            {
                // The typed word is already searched at full weight.
                continue;
            }

            if (spellingsExpanded == MaxSpellingsPerQuery)
            {
                CutSpellings = true;
                break;
            }

            spellingsExpanded++;

            foreach (var (field, boost) in targets)
            {
                if (fields.ForPhrase(field, spelling, boost * ExpansionBoost, perPosition: true) is { } query && seen.Add(query))
                {
                    disjuncts.Add(query);
                }
            }
        }
    }

    /// <summary>All <paramref name="spellings"/> of the window starting at <paramref name="first"/> as phrases over the
    /// fields, at the expansion weight.</summary>
    public Query? BuildSpellings(TextNode first, IReadOnlyList<string> spellings)
    {
        if (!windowsBuilt.TryGetValue(first, out var query))
        {
            var disjuncts = new List<Query>();
            AddSpellings(spellings, first.TitleOnly ? TitleFields : AllFields, disjuncts);
            query = Disjunction(disjuncts);
            windowsBuilt[first] = query;
        }

        return query;
    }

    /// <summary>Whether <paramref name="query"/> was built for a stop word, which should not count toward "all words".</summary>
    public bool IsCommonWord(Query query) => commonWordQueries.Contains(query);

    private static Query? Disjunction(List<Query> disjuncts) => disjuncts.Count switch
    {
        0 => null,
        1 => disjuncts[0],
        _ => new DisjunctionMaxQuery(disjuncts, FieldTie),
    };
}
