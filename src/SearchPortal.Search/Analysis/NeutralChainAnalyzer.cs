using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Search.Analysis;

/// <summary>Language-neutral chain for names and exact words: lower case and ASCII folding, no stemming, no stop words.</summary>
/// <remarks>ASCII folding maps ß to "ss" and drops diacritics (ä to "a", not "ae"): "Außenminister" is indexed as
/// "aussenminister", "Müller" as "muller"; the German chain's normalization agrees on both.</remarks>
internal sealed class NeutralChainAnalyzer : ChainAnalyzer
{
    public NeutralChainAnalyzer()
    {
    }

    /// <summary>The chain sharing the token memories of the thread with other chains.</summary>
    public NeutralChainAnalyzer(ThreadLocal<TokenMemory> memories)
        : base(memories)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
