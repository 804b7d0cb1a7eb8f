using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Search.Tests.Analysis;

/// <summary>One token as an analyzer emits it, read through the full TokenStream contract.</summary>
internal sealed record AnalyzedToken(string Term, int StartOffset, int EndOffset, int PositionIncrement, string Type)
{
    public static List<AnalyzedToken> Read(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using TokenStream stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement, type.Type));
        }

        stream.End();
        return tokens;
    }

    public static List<string> Terms(Analyzer analyzer, string field, string text) =>
        Read(analyzer, field, text).ConvertAll(t => t.Term);
}
