using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Querying;

/// <summary>
/// The query-time analysis of a text in one field, remembered for the searcher's life and shared by its requests. A
/// vocabulary name expands into every spelling over six fields, so a query of one name analysed dozens of texts, and
/// the same ones in every request: the analysis chains were about a sixth of a top-ten query's CPU. Thread-safe.
/// </summary>
internal sealed class QueryTextAnalysis
{
    /// <summary>How many (field, text) analyses are kept; past it they are all dropped and kept anew, so a stream of
    /// texts never seen again (a hostile client's) costs bounded memory and the working set soon returns.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly Analyzer analyzer;
    private readonly int capacity;
    private readonly ConcurrentDictionary<(string Field, string Text), IReadOnlyList<Position>> kept = new();
    private int count;

    /// <param name="analyzer">The analyzer the index was written with (thread-safe, as Lucene's analyzers are).</param>
    /// <param name="capacity">At most this many analyses are kept; 0 keeps none, analysing every text afresh.</param>
    public QueryTextAnalysis(Analyzer analyzer, int capacity = DefaultCapacity)
    {
        this.analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        this.capacity = capacity;
    }

    /// <summary>How many analyses are kept now.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>
    /// The positions <paramref name="text"/> takes in <paramref name="field"/>: each with its term, where it stands,
    /// and the parts when the term is a split German compound. Empty when analysis leaves nothing.
    /// </summary>
    public IReadOnlyList<Position> Of(string field, string text)
    {
        if (capacity == 0)
        {
            return Analyze(field, text);
        }

        var key = (field, text);
        if (kept.TryGetValue(key, out var known))
        {
            return known;
        }

        var positions = Analyze(field, text);
        if (Interlocked.Increment(ref count) > capacity)
        {
            // Approximate under races by design: the bound only has to hold within a few entries.
            kept.Clear();
            Volatile.Write(ref count, 1);
        }

        kept.TryAdd(key, positions);
        return positions;
    }

    private Position[] Analyze(string field, string text)
    {
        var positions = new List<(Term Term, int Offset, List<Term> Parts)>();
        var offset = -1;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var step = increment.PositionIncrement;
            var token = new Term(field, term.ToString());
            if (step > 0 || positions.Count == 0)
            {
                offset += Math.Max(step, 1);
                positions.Add((token, offset, []));
            }
            else if (type.Type == GermanCompoundPartFilter.PartType)
            {
                // Runs of parts ("außenminister" in "Außenministertreffen") add nothing once every part is required.
                positions[^1].Parts.Add(token);
            }
        }

        stream.End();
        return [.. positions.Select(p => new Position(p.Term, p.Offset, [.. p.Parts]))];
    }

    /// <summary>One analyzed position: its term, where it stands, and the parts when the term is a split compound.</summary>
    /// <remarks>Shared between requests: the queries built from it must never change its terms.</remarks>
    public sealed record Position(Term Term, int Offset, IReadOnlyList<Term> Parts);
}
