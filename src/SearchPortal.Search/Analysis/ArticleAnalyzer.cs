using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SearchPortal.Search.Analysis;

/// <summary>Routes each field to its analysis chain by suffix: _en English, _de German, anything else language-neutral.</summary>
public sealed class ArticleAnalyzer : AnalyzerWrapper
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer english = new EnglishAnalyzer(Version);
    private readonly Analyzer german = new GermanAnalyzer(Version);
    private readonly Analyzer neutral = new StandardAnalyzer(Version);

    public ArticleAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName.EndsWith("_en", StringComparison.Ordinal) ? english
        : fieldName.EndsWith("_de", StringComparison.Ordinal) ? german
        : neutral;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            english.Dispose();
            german.Dispose();
            neutral.Dispose();
        }

        base.Dispose(disposing);
    }
}
