using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Search.Analysis;

/// <summary>Chain of the name-key field: the spelling keys of the capitalised words, for matching any romanisation of a name.</summary>
internal sealed class NameKeyChainAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ArticleAnalyzer.Version, reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new NameKeyFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
