using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Search.Analysis;

/// <summary>English chain as EnglishAnalyzer builds it (possessives, lower case, stop words, Porter), with a token cap.</summary>
internal sealed class EnglishChainAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ArticleAnalyzer.Version, reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new EnglishPossessiveFilter(ArticleAnalyzer.Version, stream);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new StopFilter(ArticleAnalyzer.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
