using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchPortal.Search.Analysis;

/// <summary>Routes each field to its analysis chain by suffix: _en English, _de German, anything else language-neutral.</summary>
/// <remarks>
/// The parameterless constructor splits German compounds into parts; it serves indexing, highlighting and queries
/// alike (the query builder decides what the parts count for).
/// </remarks>
internal sealed class ArticleAnalyzer : AnalyzerWrapper
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Tokens read per field before the rest is ignored; guards the indexer's byte pools (Lucene.Net #1003).</summary>
    public const int MaxTokensPerField = 100_000;

    // Every chain starts with StandardTokenizer's tokens, scanned once per text and thread and shared by the chains.
    private readonly ThreadLocal<TokenMemory> memories = new(() => new TokenMemory());
    private readonly Analyzer english;
    private readonly Analyzer german;
    private readonly Analyzer neutral;
    private readonly Analyzer nameKeys;
    private readonly Analyzer titleWords;

    /// <summary>The analyzer splitting German compounds with the embedded word list.</summary>
    public ArticleAnalyzer()
        : this(GermanCompoundParts.Default)
    {
    }

    /// <summary>The analyzer with another compound-part list, or without splitting when it is null.</summary>
    public ArticleAnalyzer(CharArraySet? germanCompoundParts)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        english = new EnglishChainAnalyzer(memories);
        german = new GermanChainAnalyzer(germanCompoundParts, memories);
        neutral = new NeutralChainAnalyzer(memories);
        nameKeys = new NameKeyChainAnalyzer(memories);
        titleWords = new TitleWordChainAnalyzer(memories);
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName == Schema.ArticleFields.NameKey ? nameKeys
        : fieldName == Schema.ArticleFields.TitleWords ? titleWords
        : fieldName.EndsWith("_en", StringComparison.Ordinal) ? english
        : fieldName.EndsWith("_de", StringComparison.Ordinal) ? german
        : neutral;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            english.Dispose();
            german.Dispose();
            neutral.Dispose();
            nameKeys.Dispose();
            titleWords.Dispose();
            memories.Dispose();
        }

        base.Dispose(disposing);
    }
}
