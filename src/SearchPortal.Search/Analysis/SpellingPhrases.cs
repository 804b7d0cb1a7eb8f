using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Analysis;

/// <summary>
/// The vocabulary's spellings of several words as the exact phrases a query searches them by, per search field, each
/// with the one term the index writes wherever the phrase stands (<see cref="SpellingPhraseFilter"/>): the single owner
/// of which phrases are written as tokens and how a token is named.
/// </summary>
/// <remarks>
/// A name expands into one phrase per spelling and field (up to 24 spellings over six fields), and each phrase walks
/// the postings of all its words to find where they stand together: most of a name query's time. Written once per
/// occurrence at indexing, the phrase reads as one term: its documents and frequency, with the words' own statistics
/// for its weight, so it scores exactly as the phrase. A token stands at a position of the phrase's last word
/// (position increment 0), which leaves the field's length, and so its norm, as it was; the searcher subtracts the
/// tokens from the field's total length (<see cref="Searching.ArticleIndexSearcher"/>). A segment answers phrases by
/// tokens only when every one of its articles was written with the same set (<see cref="Fingerprint"/>): after the
/// vocabulary changes, older articles are searched by positions as before.
/// </remarks>
internal sealed class SpellingPhrases
{
    /// <summary>Every token's first character: no tokenizer emits it, so tokens never meet words or prefixes.</summary>
    public const char TokenMark = '\u0001';

    /// <summary>The widest phrase written as a token, in positions from its first word to its last.</summary>
    public const int MaxSpan = 15;

    private readonly Dictionary<string, FieldSpellingPhrases> fields;

    private SpellingPhrases(Dictionary<string, FieldSpellingPhrases> fields, string fingerprint)
    {
        this.fields = fields;
        Fingerprint = fingerprint;
    }

    /// <summary>Names this set of phrases: the same vocabulary analysed the same way gives the same fingerprint.</summary>
    public string Fingerprint { get; }

    /// <summary>How many phrases the set holds over all fields.</summary>
    public int Count => fields.Values.Sum(f => f.Count);

    /// <summary>
    /// The phrases of every vocabulary spelling of two or more words, analysed for each search field as
    /// <see cref="FieldQueryFactory.ForPhrase"/> builds them, with <paramref name="analyzer"/> (the index's, without tokens).
    /// </summary>
    public static SpellingPhrases Of(FacetVocabulary vocabulary, Lucene.Net.Analysis.Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(analyzer);
        if (analyzer is ArticleAnalyzer { SpellingPhrases: not null })
        {
            throw new ArgumentException("Spelling phrases are analysed as queries are, with an analyzer that writes no tokens.", nameof(analyzer));
        }

        // Tens of thousands of analyses (the gazetteer's officials): once per analysis chain (a title and its body
        // analyse alike), the chains on both cores.
        var spellings = vocabulary.AllSpellings();
        var chains = ArticleFields.SearchFields.GroupBy(ArticleAnalyzer.ChainOf).ToDictionary(g => g.Key, g => g.First());
        var byChain = new ConcurrentDictionary<string, FieldSpellingPhrases>(StringComparer.Ordinal);
        Parallel.ForEach(chains, chain => byChain[chain.Key] = ForField(chain.Value, spellings, analyzer));

        var fields = new Dictionary<string, FieldSpellingPhrases>(StringComparer.Ordinal);
        var content = new StringBuilder();
        foreach (var field in ArticleFields.SearchFields)
        {
            fields[field] = byChain[ArticleAnalyzer.ChainOf(field)];
            foreach (var key in fields[field].Phrases.Select(p => p.Key).Order(StringComparer.Ordinal))
            {
                content.Append(field).Append('\t').Append(key).Append('\n');
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString()));
        return new SpellingPhrases(fields, Convert.ToHexString(hash, 0, 12).ToLowerInvariant());
    }

    // Each spelling as the query builder builds its phrase in the field (one factory per thread: it keeps state).
    private static FieldSpellingPhrases ForField(string field, IReadOnlyList<string> spellings, Lucene.Net.Analysis.Analyzer analyzer)
    {
        var factory = new FieldQueryFactory(new QueryTextAnalysis(analyzer, capacity: 0));
        var phrases = new List<(string[] Words, int[] Offsets)>();
        foreach (var spelling in spellings)
        {
            if (factory.ForPhrase(field, spelling, 1f) is PhraseQuery phrase && phrase.GetTerms() is { Length: > 1 } terms
                && phrase.GetPositions() is var positions && positions[^1] - positions[0] <= MaxSpan)
            {
                phrases.Add(([.. terms.Select(t => t.Text)], [.. positions.Select(p => p - positions[0])]));
            }
        }

        return new FieldSpellingPhrases(phrases);
    }

    /// <summary>The phrases written as tokens in <paramref name="field"/>; null for a field without any.</summary>
    public FieldSpellingPhrases? For(string field) => fields.GetValueOrDefault(field);

    /// <summary>The token the index writes for <paramref name="phrase"/> when the set holds it; null otherwise.</summary>
    public Term? TokenOf(PhraseQuery phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var terms = phrase.GetTerms();
        if (phrase.Slop != 0 || terms.Length < 2 || For(terms[0].Field) is not { } field)
        {
            return null;
        }

        var key = KeyOf(terms, phrase.GetPositions());
        return field.Holds(key) ? new Term(terms[0].Field, key) : null;
    }

    /// <summary>The token text of a phrase: its words with their places relative to the first.</summary>
    public static string KeyOf(IReadOnlyList<Term> terms, IReadOnlyList<int> positions) =>
        KeyOf([.. terms.Select(t => t.Text)], [.. positions.Select(p => p - positions[0])]);

    internal static string KeyOf(IReadOnlyList<string> words, IReadOnlyList<int> offsets)
    {
        var key = new StringBuilder().Append(TokenMark);
        for (var i = 0; i < words.Count; i++)
        {
            key.Append(offsets[i]).Append(':').Append(words[i]).Append(i + 1 < words.Count ? " " : string.Empty);
        }

        return key.ToString();
    }

    /// <summary>Whether <paramref name="term"/> is a token of this kind rather than a word.</summary>
    public static bool IsToken(ReadOnlySpan<char> term) => term.Length > 0 && term[0] == TokenMark;
}
