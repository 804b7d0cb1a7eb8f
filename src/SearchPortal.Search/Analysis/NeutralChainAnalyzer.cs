using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Search.Analysis;

/// <summary>Language-neutral chain for names and exact words: lower case and ASCII folding, no stemming, no stop words.</summary>
/// <remarks>ASCII folding maps ß to "ss" and drops diacritics (ä to "a", not "ae"): "Außenminister" is indexed as
/// "aussenminister", "Müller" as "muller"; the German chain's normalization agrees on both.</remarks>
internal sealed class NeutralChainAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ArticleAnalyzer.Version, reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
