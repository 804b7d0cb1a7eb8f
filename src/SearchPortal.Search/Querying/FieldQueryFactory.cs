using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Querying;

/// <summary>Builds the query for one text in one field, analyzed the way that field was indexed.</summary>
/// <remarks>
/// The analyzer may split German compounds (the index-time chain does): the parts arrive at the compound's position,
/// after it. The compound itself is what a phrase asks for; for a word the parts are an extra, weaker option.
/// </remarks>
internal sealed class FieldQueryFactory(QueryTextAnalysis analysis)
{
    /// <summary>
    /// Weight of "all parts of a compound" beside the compound itself: "Parlamentswahlen" also finds "Wahlen zum
    /// Parlament", below an article with the compound. Measured on XQuAD-de: 0.2 to 1 all gain about 0.006 nDCG@10;
    /// one part alone ("recht" of "Rechtsgrundlage") is too common in legal text, so the parts are required together.
    /// </summary>
    public const float CompoundPartsWeight = 0.3f;

    /// <summary>
    /// A word analysed into more positions than this (a list pasted with commas, "said,year,talks,...") is searched as
    /// a phrase only: "any of its parts" would be a disjunction over dozens of frequent terms, walking most of the
    /// index, while real hyphenated and dotted words ("Nur-Sultan", "U.S.-China", "1,000,000") have a few parts.
    /// </summary>
    public const int MaxAnyPartPositions = 8;

    private IReadOnlyList<QueryTextAnalysis.Position> positions = [];

    /// <summary>
    /// The parts all words of one query may offer as "any of them" together: 32 words of up to 8 parts (hundreds of
    /// repeated q= values, which the API joins with commas) were an OR of 256 terms. Words are counted in the order
    /// typed; past the budget a word of several parts is searched as a phrase.
    /// </summary>
    public const int MaxAnyPartPositionsPerQuery = 16;

    private readonly Dictionary<string, bool> partsByWord = new(StringComparer.Ordinal);
    private int partsSpent;

    /// <summary>Whether some word of several parts was searched as a phrase because of one of the caps above.</summary>
    public bool ReadLongWordAsPhrase { get; private set; }

    /// <summary>
    /// A word as typed, without quotes. One token: a term query (with its compound parts); several ("Nur-Sultan",
    /// "IL-6", "1,000"): any of them, plus the parts in order as a phrase, so the hyphenated form ranks first while
    /// a text writing the parts apart ("Regenwald am Amazonas") still counts. Null when analysis leaves nothing.
    /// </summary>
    public Query? ForWord(string field, string text, float boost)
    {
        Analyze(field, text);
        if (positions.Count == 0)
        {
            return null;
        }

        Query query;
        if (positions.Count == 1)
        {
            query = WordOf(positions[0]);
        }
        else if (!MayOfferAnyPart(text))
        {
            query = PhraseOfPositions();
            ReadLongWordAsPhrase = true;
        }
        else
        {
            query = WordParts.Of(positions.Select(WordOf).ToList(), PhraseOfPositions());
        }

        query.Boost = boost;
        return query;
    }

    // One decision per word, taken at its first field, so that all fields of a word agree.
    private bool MayOfferAnyPart(string text)
    {
        if (!partsByWord.TryGetValue(text, out var granted))
        {
            granted = positions.Count <= MaxAnyPartPositions && partsSpent + positions.Count <= MaxAnyPartPositionsPerQuery;
            partsSpent += granted ? positions.Count : 0;
            partsByWord[text] = granted;
        }

        return granted;
    }

    /// <summary>
    /// A quoted phrase or a vocabulary spelling: its words in order (one word: that term alone, not its compound parts).
    /// Null when analysis leaves nothing.
    /// </summary>
    /// <param name="perPosition">Divide the boost by the number of positions: a phrase scores the sum of its terms'
    /// weights, which would let a long alternative spelling outscore the one-word spelling the reader typed.</param>
    public Query? ForPhrase(string field, string text, float boost, bool perPosition = false)
    {
        Analyze(field, text);
        if (positions.Count == 0)
        {
            return null;
        }

        Query query = positions.Count == 1 ? new TermQuery(positions[0].Term) : PhraseOfPositions();
        query.Boost = perPosition ? boost / positions.Count : boost;
        return query;
    }

    /// <summary>
    /// Prefix queries are not analyzed, so the prefix is tried lowercased and ASCII-folded (how the neutral and German
    /// chains store "Außen..."). Constant-score rewrite: no clause-count limit however many terms the prefix expands to.
    /// </summary>
    public void AddPrefixes(string field, string prefix, float boost, ICollection<Query> into)
    {
        var lower = prefix.ToLowerInvariant();
        into.Add(Prefix(field, lower, boost));
        var folded = Fold(lower);
        if (!string.Equals(folded, lower, StringComparison.Ordinal))
        {
            into.Add(Prefix(field, folded, boost));
        }
    }

    /// <summary>The word itself as one term, for fields whose chain keeps what the language chains drop as stop words.</summary>
    public static Query Literal(string field, string word, float boost) =>
        new TermQuery(new Term(field, word.ToLowerInvariant())) { Boost = boost };

    private static PrefixQuery Prefix(string field, string prefix, float boost) => new(new Term(field, prefix))
    {
        Boost = boost,
        MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT,
    };

    /// <summary>The term, or for a compound: the term, or else all of its parts at <see cref="CompoundPartsWeight"/>.</summary>
    private static Query WordOf(QueryTextAnalysis.Position position)
    {
        var term = new TermQuery(position.Term);
        if (position.Parts.Count == 0)
        {
            return term;
        }

        var parts = new BooleanQuery(disableCoord: true) { Boost = CompoundPartsWeight };
        foreach (var part in position.Parts)
        {
            parts.Add(new TermQuery(part), Occur.MUST);
        }

        return new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { parts, Occur.SHOULD } };
    }

    private PhraseQuery PhraseOfPositions()
    {
        var phrase = new PhraseQuery();
        foreach (var position in positions)
        {
            phrase.Add(position.Term, position.Offset);
        }

        return phrase;
    }

    private static string Fold(string text)
    {
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    private void Analyze(string field, string text) => positions = analysis.Of(field, text);
}
