using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>
/// The article analyzer with a German chain that splits compounds by a small word list, as the portal's German chain
/// is meant to: subword tokens carry the whole compound's offsets (Lucene 4.4+ compound filter behaviour).
/// </summary>
internal sealed class CompoundSplittingAnalyzer : AnalyzerWrapper
{
    private static readonly string[] Parts = ["außen", "minister", "treffen", "zentral", "asien"];

    private readonly Analyzer article = new ArticleAnalyzer();
    private readonly Analyzer german = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new DictionaryCompoundWordTokenFilter(
            LuceneVersion.LUCENE_48, stream, new CharArraySet(LuceneVersion.LUCENE_48, Parts, true));
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, GermanAnalyzer.DefaultStopSet);
        stream = new GermanNormalizationFilter(stream);
        return new TokenStreamComponents(tokenizer, new GermanLightStemFilter(stream));
    });

    public CompoundSplittingAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName.EndsWith("_de", StringComparison.Ordinal) ? german : article;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            article.Dispose();
            german.Dispose();
        }

        base.Dispose(disposing);
    }
}
