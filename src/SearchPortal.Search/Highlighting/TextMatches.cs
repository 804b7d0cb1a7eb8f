namespace SearchPortal.Search.Highlighting;

/// <summary>Where query terms occur in one text: the single hits (for scoring) and the merged ranges to mark.</summary>
internal sealed class TextMatches
{
    public TextMatches(List<TermHit> hits, List<TextSpan> marks, int[] termCounts, int analyzedLength)
    {
        Hits = hits;
        Marks = marks;
        TermCounts = termCounts;
        AnalyzedLength = analyzedLength;
    }

    /// <summary>Hits ordered by start offset.</summary>
    public List<TermHit> Hits { get; }

    /// <summary>Ordered, non-overlapping ranges to wrap in marks; a compound and its parts give one range.</summary>
    public List<TextSpan> Marks { get; }

    /// <summary>Per analyzed field, how many query terms it has (the range of <see cref="TermHit.TermId"/>).</summary>
    public int[] TermCounts { get; }

    public int FieldCount => TermCounts.Length;

    /// <summary>How much of the text was analyzed; matches after it are not seen.</summary>
    public int AnalyzedLength { get; }

    public bool IsEmpty => Hits.Count == 0;
}
