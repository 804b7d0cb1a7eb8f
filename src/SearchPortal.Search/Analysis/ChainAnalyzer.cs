using Lucene.Net.Analysis;

namespace SearchPortal.Search.Analysis;

/// <summary>An analysis chain of the archive: it starts with StandardTokenizer's tokens, recalled from the thread's <see cref="TokenMemory"/>.</summary>
internal abstract class ChainAnalyzer : Analyzer
{
    private readonly ThreadLocal<TokenMemory> memories;
    private readonly bool ownsMemories;

    /// <summary>A chain with token memories of its own.</summary>
    protected ChainAnalyzer()
        : this(new ThreadLocal<TokenMemory>(() => new TokenMemory()))
    {
        ownsMemories = true;
    }

    /// <summary>A chain sharing <paramref name="memories"/> with the other chains of an analyzer, which disposes them.</summary>
    protected ChainAnalyzer(ThreadLocal<TokenMemory> memories)
    {
        this.memories = memories ?? throw new ArgumentNullException(nameof(memories));
    }

    /// <summary>The chain's tokenizer over <paramref name="reader"/>.</summary>
    protected Tokenizer NewTokenizer(TextReader reader) => new RecalledTokenizer(memories, reader);

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsMemories)
        {
            memories.Dispose();
        }

        base.Dispose(disposing);
    }
}
