using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The postings enumerators one request's scorers read, per segment and field of one reader, handed back to Lucene as
/// the enumerators to reuse when the next request asks for postings of the same field (<see cref="PostingsLoan"/>).
/// One request holds the set; within it each segment is scored by one thread at a time (<see cref="SlicedSearch"/>
/// never cuts a segment), and that thread touches only the segment's own part of the set.
/// </summary>
/// <remarks>
/// Every clause of a query made a new postings enumerator per segment (the Lucene41 ones hold several 128-value
/// buffers, a clone of the file input, and for a skip a reader with a clone per level) and a new terms enumerator to
/// position it. Lucene resets an enumerator it is handed back completely from the term's state, so one that served an
/// earlier request gives the same postings.
/// </remarks>
internal sealed class PostingsCursors(IndexReaderContext top) : IReaderCursors
{
    // A query holds this many postings of one field in one segment at most in the sets kept; a larger one gets fresh
    // enumerators past it rather than keep their memory for the rare query that needs them.
    internal const int MaxPerField = 256;

    private readonly Dictionary<string, FieldPostings?>[] bySegment =
        [.. (top ?? throw new ArgumentNullException(nameof(top))).Leaves.Select(_ => new Dictionary<string, FieldPostings?>(StringComparer.Ordinal))];

    /// <summary>The reader these enumerators read.</summary>
    public IndexReaderContext Top { get; } = top;

    /// <summary>
    /// The documents (with frequencies) of <paramref name="term"/> in <paramref name="leaf"/> at the looked-up
    /// <paramref name="state"/>, on an enumerator no other scorer of this request reads; null when the segment has no such field.
    /// </summary>
    public DocsEnum? Docs(AtomicReaderContext leaf, Term term, TermState state, IBits? acceptDocs)
    {
        if (Seek(leaf, term, state) is not { } field)
        {
            return null;
        }

        var docs = field.Terms.Docs(acceptDocs, field.Docs.Reusable());
        field.Docs.Took(docs);
        return docs;
    }

    /// <summary>
    /// The documents and positions of <paramref name="term"/> in <paramref name="leaf"/> at <paramref name="state"/>, with
    /// the term's document frequency there, on an enumerator no other scorer of this request reads; null when the
    /// segment has no such field or it was indexed without positions.
    /// </summary>
    public (DocsAndPositionsEnum Positions, int DocFreq)? Positions(AtomicReaderContext leaf, Term term, TermState state, IBits? acceptDocs)
    {
        if (Seek(leaf, term, state) is not { } field)
        {
            return null;
        }

        if (field.Terms.DocsAndPositions(acceptDocs, field.Positions.Reusable(), DocsAndPositionsFlags.NONE) is not { } positions)
        {
            return null;
        }

        field.Positions.Took(positions);
        return (positions, field.Terms.DocFreq);
    }

    /// <summary>Takes back every enumerator handed out, once no scorer of the request that held the set reads any more.</summary>
    public void Reclaim()
    {
        foreach (var fields in bySegment)
        {
            foreach (var field in fields.Values)
            {
                field?.Docs.Reclaim();
                field?.Positions.Reclaim();
            }
        }
    }

    private FieldPostings? Seek(AtomicReaderContext leaf, Term term, TermState state)
    {
        if (!ReferenceEquals(ReaderUtil.GetTopLevelContext(leaf), Top))
        {
            throw new ArgumentException("the segment belongs to another reader than the cursors'", nameof(leaf));
        }

        var fields = bySegment[leaf.Ord];
        if (!fields.TryGetValue(term.Field, out var field))
        {
            field = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator() is { } terms ? new FieldPostings(terms) : null;
            fields[term.Field] = field;
        }

        // Seeking by state only copies it: no other enumerator handed out reads this one's position.
        field?.Terms.SeekExact(term.Bytes, state);
        return field;
    }

    /// <summary>A field's terms enumerator, which positions its postings enumerators, and the postings enumerators kept.</summary>
    private sealed class FieldPostings(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;

        public KeptEnums<DocsEnum> Docs { get; } = new();

        public KeptEnums<DocsAndPositionsEnum> Positions { get; } = new();
    }

    /// <summary>Enumerators of one kind, the first <c>lent</c> of them read by scorers of the request holding the set.</summary>
    private sealed class KeptEnums<TEnum>
        where TEnum : class
    {
        private readonly List<TEnum> kept = [];
        private int lent;

        // The enumerator Lucene may reset for the next scorer; null when all kept ones are lent (Lucene makes one).
        public TEnum? Reusable() => lent < kept.Count ? kept[lent] : null;

        // Lucene hands back the reused enumerator, or a new one where it could not reuse it.
        public void Took(TEnum made)
        {
            if (lent < kept.Count)
            {
                kept[lent++] = made;
            }
            else if (kept.Count < MaxPerField)
            {
                kept.Add(made);
                lent++;
            }
        }

        public void Reclaim() => lent = 0;
    }
}
