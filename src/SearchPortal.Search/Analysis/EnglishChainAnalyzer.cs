using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Search.Analysis;

/// <summary>English chain as EnglishAnalyzer builds it (possessives, lower case, stop words, Porter), with a token cap.</summary>
internal sealed class EnglishChainAnalyzer : ChainAnalyzer
{
    public EnglishChainAnalyzer()
    {
    }

    /// <summary>The chain sharing the token memories of the thread with other chains.</summary>
    public EnglishChainAnalyzer(ThreadLocal<TokenMemory> memories)
        : base(memories)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new EnglishPossessiveFilter(ArticleAnalyzer.Version, stream);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new StopFilter(ArticleAnalyzer.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
