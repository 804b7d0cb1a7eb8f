using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchPortal.Search.Analysis;

/// <summary>Routes each field to its analysis chain by suffix: _en English, _de German, anything else language-neutral.</summary>
/// <remarks>
/// The parameterless constructor splits German compounds into parts; it serves indexing, highlighting and queries
/// alike (the query builder decides what the parts count for). Given <see cref="SpellingPhrases"/>, the search fields'
/// chains also write the vocabulary's phrases as tokens: an analyzer for writing the index only.
/// </remarks>
internal sealed class ArticleAnalyzer : AnalyzerWrapper
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Tokens read per field before the rest is ignored; guards the indexer's byte pools (Lucene.Net #1003).</summary>
    public const int MaxTokensPerField = 100_000;

    private readonly Analyzer english = new EnglishChainAnalyzer();
    private readonly Analyzer german;
    private readonly Analyzer neutral = new NeutralChainAnalyzer();
    private readonly Analyzer nameKeys = new NameKeyChainAnalyzer();
    private readonly Analyzer titleWords = new TitleWordChainAnalyzer();

    /// <summary>The analyzer splitting German compounds with the embedded word list.</summary>
    public ArticleAnalyzer()
        : this(GermanCompoundParts.Default)
    {
    }

    /// <summary>The analyzer with another compound-part list, or without splitting when it is null.</summary>
    public ArticleAnalyzer(CharArraySet? germanCompoundParts)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        german = new GermanChainAnalyzer(germanCompoundParts);
    }

    /// <summary>The indexing analyzer that also writes <paramref name="spellingPhrases"/> as tokens.</summary>
    public ArticleAnalyzer(SpellingPhrases spellingPhrases)
        : this(GermanCompoundParts.Default)
    {
        SpellingPhrases = spellingPhrases ?? throw new ArgumentNullException(nameof(spellingPhrases));
    }

    /// <summary>The phrases the search fields' chains write as tokens; null when they write none.</summary>
    public SpellingPhrases? SpellingPhrases { get; }

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        SpellingPhrases?.For(fieldName) is { Count: > 0 } phrases
            ? new TokenStreamComponents(components.Tokenizer, new SpellingPhraseFilter(components.TokenStream, phrases))
            : components;

    /// <summary>Which chain analyses <paramref name="fieldName"/>: fields of one chain analyse a text alike.</summary>
    public static string ChainOf(string fieldName) =>
        fieldName == Schema.ArticleFields.NameKey ? "name_key"
        : fieldName == Schema.ArticleFields.TitleWords ? "title_words"
        : fieldName.EndsWith("_en", StringComparison.Ordinal) ? "en"
        : fieldName.EndsWith("_de", StringComparison.Ordinal) ? "de"
        : "neutral";

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => ChainOf(fieldName) switch
    {
        "name_key" => nameKeys,
        "title_words" => titleWords,
        "en" => english,
        "de" => german,
        _ => neutral,
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            english.Dispose();
            german.Dispose();
            neutral.Dispose();
            nameKeys.Dispose();
            titleWords.Dispose();
        }

        base.Dispose(disposing);
    }
}
