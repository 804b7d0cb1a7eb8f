using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Search.Analysis;

/// <summary>Chain of the title-word field that autocompletion reads: lower case only, so umlauts and ß stay as written.</summary>
internal sealed class TitleWordChainAnalyzer : ChainAnalyzer
{
    public TitleWordChainAnalyzer()
    {
    }

    /// <summary>The chain sharing the token memories of the thread with other chains.</summary>
    public TitleWordChainAnalyzer(ThreadLocal<TokenMemory> memories)
        : base(memories)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new InvariantLowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
