using System.Globalization;
using Lucene.Net.Analysis;
using SearchPortal.Core.Language;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Querying.Syntax;

namespace SearchPortal.Search.Querying;

/// <summary>
/// Reads the portal's query language (words, "phrases", AND / OR / NOT, +required, -excluded, parentheses,
/// title: country: format: official: year: lang: prefixes, trailing wildcards) into a Lucene query over all search
/// fields, expanding vocabulary names to all their spellings. Lenient: never throws, explains changes in a notice.
/// Not thread-safe: make one per request.
/// </summary>
internal sealed class ArticleQueryParser
{
    /// <summary>
    /// Told when a word of more than <see cref="FieldQueryFactory.MaxAnyPartPositions"/> parts, or past
    /// <see cref="FieldQueryFactory.MaxAnyPartPositionsPerQuery"/> parts in the query, was searched as a phrase.
    /// </summary>
    public static readonly string LongWordNotice = string.Create(CultureInfo.InvariantCulture,
        $"Words joined from many parts (by commas, hyphens or dots; more than {FieldQueryFactory.MaxAnyPartPositions} in one word or {FieldQueryFactory.MaxAnyPartPositionsPerQuery} in the query) were searched as phrases, their parts together in order.");

    /// <summary>Told when <see cref="TextTermQueryBuilder.MaxSpellingsPerQuery"/> left spellings of later names out.</summary>
    public static readonly string SpellingsCutNotice = string.Create(CultureInfo.InvariantCulture,
        $"Your query names many places, people or formats: only the first {TextTermQueryBuilder.MaxSpellingsPerQuery} of their other spellings were searched too.");

    private static readonly LanguageDetector Languages = new();

    private readonly FieldQueryFactory fields;
    private readonly FacetVocabulary vocabulary;
    private readonly TranslationTable translations;

    /// <summary>A parser analysing with <paramref name="queryAnalyzer"/> afresh, remembering nothing past this parser.</summary>
    /// <param name="translations">German ↔ English translations searched beside the typed words; none when null.</param>
    public ArticleQueryParser(Analyzer queryAnalyzer, FacetVocabulary vocabulary, TranslationTable? translations = null)
        : this(new QueryTextAnalysis(queryAnalyzer ?? throw new ArgumentNullException(nameof(queryAnalyzer)), capacity: 0), vocabulary, translations)
    {
    }

    /// <summary>A parser sharing the analyses <paramref name="analysis"/> keeps with the other requests of its searcher.</summary>
    /// <param name="translations">German ↔ English translations searched beside the typed words; none when null.</param>
    public ArticleQueryParser(QueryTextAnalysis analysis, FacetVocabulary vocabulary, TranslationTable? translations = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        fields = new FieldQueryFactory(analysis);
        this.vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        this.translations = translations ?? TranslationTable.Empty;
    }

    /// <summary>Reads <paramref name="text"/>; an empty, blank or wordless query matches every article.</summary>
    /// <param name="requireAllWords">Words side by side must all match (AND) instead of any, all ranking first.</param>
    /// <param name="translate">Also search each word's translations (German ↔ English) in the other language's fields.</param>
    public ParsedQuery Parse(string text, bool requireAllWords = false, bool translate = true) => Read(text, translate).For(requireAllWords);

    /// <summary>Reads <paramref name="text"/> once, for queries of either match mode (<see cref="QueryReading.For"/>).</summary>
    public QueryReading Read(string text, bool translate = true)
    {
        var notices = new QueryNotices();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new QueryReading(null, notices, fields, vocabulary, null, blank: true);
        }

        var tokens = QueryLexer.Tokenize(text, notices);
        var root = QuerySyntaxParser.Parse(tokens, vocabulary, notices);

        // A query too short to tell its language has each word looked up in both directions.
        var translator = root is not null && translate && translations != TranslationTable.Empty
            ? new TranslatedTermQueryBuilder(fields, translations, Languages.Detect(text))
            : null;
        return new QueryReading(root, notices, fields, vocabulary, translator, translations);
    }
}
