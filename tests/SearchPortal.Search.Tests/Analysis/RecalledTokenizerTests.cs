using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Analysis;

/// <summary>
/// The chains scan a text once per thread and replay its tokens: every token, attribute and End report must be what
/// StandardTokenizer gives for that text, whichever texts the thread read before.
/// </summary>
public sealed class RecalledTokenizerTests
{
    private static readonly Core.Articles.Article[] Articles =
    [
        .. SharedCorpus.Read(SharedCorpus.PathOf("kremlin_en")).Select(r => r.Article).OfType<Core.Articles.Article>().Take(150),
        .. SharedCorpus.Read(SharedCorpus.PathOf("zeitgeist_de")).Select(r => r.Article).OfType<Core.Articles.Article>().Take(150),
    ];

    [Test]
    public void Titles_and_texts_of_the_corpus_get_the_tokens_StandardTokenizer_gives()
    {
        using var memories = new ThreadLocal<TokenMemory>(() => new TokenMemory());
        foreach (var article in Articles)
        {
            // As Lucene inverts an article: the body's fields, then the title's, then the body again, then the title.
            foreach (var value in new[] { article.Text, article.Text, article.Title, article.Text, article.Title, article.Title })
            {
                Assert.That(Read(Recalled(memories, value)), Is.EqualTo(Read(Standard(value))), article.Id);
            }
        }
    }

    [Test]
    public void Over_long_tokens_are_skipped_with_their_positions_as_StandardTokenizer_skips_them()
    {
        using var memories = new ThreadLocal<TokenMemory>(() => new TokenMemory());
        var text = $"Astana {new string('x', 300)} summit {new string('y', 300)}";

        var recalled = Read(Recalled(memories, text));

        Assert.That(recalled, Is.EqualTo(Read(Standard(text))));
        Assert.That(recalled.Tokens.Select(t => (t.Term, t.PositionIncrement)), Is.EqualTo(new[] { ("Astana", 1), ("summit", 2) }));
        Assert.That(recalled.FinalPositionIncrement, Is.EqualTo(1));
    }

    [Test]
    public void A_text_past_the_token_cap_ends_where_StandardTokenizer_stops()
    {
        using var memories = new ThreadLocal<TokenMemory>(() => new TokenMemory());
        var article = Articles[0].Text;
        var text = string.Join("\n", Enumerable.Repeat(article, (ArticleAnalyzer.MaxTokensPerField / Math.Max(1, Read(Standard(article)).Tokens.Count)) + 2));

        var recalled = Read(Recalled(memories, text));

        Assert.That(recalled.Tokens, Has.Count.EqualTo(ArticleAnalyzer.MaxTokensPerField));
        Assert.That(recalled, Is.EqualTo(Read(Standard(text))));
        Assert.That(recalled.FinalOffset, Is.LessThan(text.Length));
    }

    [Test]
    public void A_stream_read_across_others_of_its_thread_keeps_its_own_tokens()
    {
        using var memories = new ThreadLocal<TokenMemory>(() => new TokenMemory());
        var texts = Articles.Take(3).Select(a => a.Text).ToArray();
        var first = Recalled(memories, texts[0]);
        var firstTerm = first.GetAttribute<ICharTermAttribute>();
        first.Reset();
        Assert.That(first.IncrementToken(), Is.True);
        var terms = new List<string> { firstTerm.ToString() };

        // Two more texts, each recorded, push the first one out of the thread's memory.
        foreach (var other in texts.Skip(1))
        {
            Read(Recalled(memories, other));
        }

        while (first.IncrementToken())
        {
            terms.Add(firstTerm.ToString());
        }

        first.End();
        first.Dispose();
        Assert.That(terms, Is.EqualTo(Read(Standard(texts[0])).Tokens.Select(t => t.Term)));
    }

    private static TokenStream Recalled(ThreadLocal<TokenMemory> memories, string text) =>
        new LimitTokenCountFilter(new RecalledTokenizer(memories, new StringReader(text)), ArticleAnalyzer.MaxTokensPerField);

    private static TokenStream Standard(string text) =>
        new LimitTokenCountFilter(new StandardTokenizer(ArticleAnalyzer.Version, new StringReader(text)), ArticleAnalyzer.MaxTokensPerField);

    private static ReadTokens Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var tokens = new List<Token>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement, type.Type));
        }

        stream.End();
        var read = new ReadTokens(tokens, offset.EndOffset, position.PositionIncrement);
        stream.Dispose();
        return read;
    }

    private sealed record Token(string Term, int StartOffset, int EndOffset, int PositionIncrement, string Type);

    private sealed record ReadTokens(List<Token> Tokens, int FinalOffset, int FinalPositionIncrement)
    {
        public bool Equals(ReadTokens? other) =>
            other is not null && Tokens.SequenceEqual(other.Tokens) && FinalOffset == other.FinalOffset && FinalPositionIncrement == other.FinalPositionIncrement;

        public override int GetHashCode() => HashCode.Combine(Tokens.Count, FinalOffset, FinalPositionIncrement);
    }
}
