using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Search.Analysis;

/// <summary>Chain of the name-key field: the spelling keys of the capitalised words, for matching any romanisation of a name.</summary>
internal sealed class NameKeyChainAnalyzer : ChainAnalyzer
{
    public NameKeyChainAnalyzer()
    {
    }

    /// <summary>The chain sharing the token memories of the thread with other chains.</summary>
    public NameKeyChainAnalyzer(ThreadLocal<TokenMemory> memories)
        : base(memories)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new NameKeyFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
