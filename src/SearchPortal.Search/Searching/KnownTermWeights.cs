using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The similarity weights of resolved term queries over one open reader, each normalised once and kept for its
/// searcher's life (<see cref="ResolvedTermWeight"/>). Thread-safe.
/// </summary>
/// <remarks>
/// A term clause's weight depends only on its term's statistics, the field's, its own boost and the boosts above it,
/// all fixed while the reader is open; yet computing it (BM25 fills a table of 256 length norms) was 6 % of a short
/// query's CPU in a profile. A kept weight is only read once normalised: scorers copy what they need.
/// </remarks>
internal sealed class KnownTermWeights
{
    /// <summary>How many weights are kept (about 1.2 KB each, most of it the norm table); past it they are all dropped
    /// and kept anew.</summary>
    public const int DefaultCapacity = 8_000;

    private readonly int capacity;
    private readonly ConcurrentDictionary<(Term Term, float Boost), float> forNormalization = new();
    private readonly ConcurrentDictionary<(Term Term, float Boost, float Norm, float TopLevelBoost), Similarity.SimWeight> normalized = new();
    private int count;

    /// <param name="similarity">The similarity the weights are computed with: a searcher ranking with another computes its own.</param>
    /// <param name="capacity">At most this many weights are kept; 0 keeps none.</param>
    public KnownTermWeights(Similarity similarity, int capacity = DefaultCapacity)
    {
        Similarity = similarity ?? throw new ArgumentNullException(nameof(similarity));
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        this.capacity = capacity;
    }

    /// <summary>The similarity the kept weights were computed with.</summary>
    public Similarity Similarity { get; }

    /// <summary>How many weights and values are kept now.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>What the weight of <paramref name="term"/> boosted by <paramref name="boost"/> gives for the query's normalisation.</summary>
    public float ValueForNormalization(Term term, float boost, Func<Similarity.SimWeight> compute)
    {
        if (forNormalization.TryGetValue((term, boost), out var value))
        {
            return value;
        }

        value = compute().GetValueForNormalization();
        if (Kept())
        {
            forNormalization.TryAdd((Copy(term), boost), value);
        }

        return value;
    }

    /// <summary>The weight of <paramref name="term"/> normalised with <paramref name="norm"/> and <paramref name="topLevelBoost"/>.</summary>
    public Similarity.SimWeight Normalized(Term term, float boost, float norm, float topLevelBoost, Func<Similarity.SimWeight> compute)
    {
        if (normalized.TryGetValue((term, boost, norm, topLevelBoost), out var known))
        {
            return known;
        }

        var weight = compute();
        weight.Normalize(norm, topLevelBoost);
        if (Kept())
        {
            // Published only normalised: no request ever sees it change.
            normalized.TryAdd((Copy(term), boost, norm, topLevelBoost), weight);
        }

        return weight;
    }

    private bool Kept()
    {
        if (capacity == 0)
        {
            return false;
        }

        if (Interlocked.Increment(ref count) > capacity)
        {
            // Approximate under races by design: the bound only has to hold within a few entries.
            forNormalization.Clear();
            normalized.Clear();
            Volatile.Write(ref count, 1);
        }

        return true;
    }

    // The caller's term may share its bytes with a query that outlives the request.
    private static Term Copy(Term term) => new(term.Field, BytesRef.DeepCopyOf(term.Bytes));
}
