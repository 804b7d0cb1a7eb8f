using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Search.Analysis;

/// <summary>Chain of the title-word field that autocompletion reads: lower case only, so umlauts and ß stay as written.</summary>
internal sealed class TitleWordChainAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ArticleAnalyzer.Version, reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new InvariantLowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
