namespace SearchPortal.Search.Highlighting;

/// <summary>Where query terms occur in one text: the single hits (for scoring) and the merged ranges to mark.</summary>
internal sealed class TextMatches
{
    private TextMatches(List<TermHit> hits, List<TextSpan> marks, int[] termCounts, int analyzedLength)
    {
        Hits = hits;
        Marks = marks;
        TermCounts = termCounts;
        AnalyzedLength = analyzedLength;
    }

    /// <summary>Orders <paramref name="hits"/> (taking them over) and merges them into the ranges to mark.</summary>
    /// <param name="termCounts">Per analyzed field, how many query terms it has.</param>
    /// <param name="analyzedLength">How much of the text was searched for terms.</param>
    public static TextMatches From(List<TermHit> hits, int[] termCounts, int analyzedLength)
    {
        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new TextMatches(hits, Merge(hits), termCounts, analyzedLength);
    }

    /// <summary>Hits ordered by start offset.</summary>
    public List<TermHit> Hits { get; }

    /// <summary>Ordered, non-overlapping ranges to wrap in marks; a compound and its parts give one range.</summary>
    public List<TextSpan> Marks { get; }

    /// <summary>Per analyzed field, how many query terms it has (the range of <see cref="TermHit.TermId"/>).</summary>
    public int[] TermCounts { get; }

    public int FieldCount => TermCounts.Length;

    /// <summary>How much of the text was searched for terms; matches after it are not seen.</summary>
    public int AnalyzedLength { get; }

    public bool IsEmpty => Hits.Count == 0;

    private static List<TextSpan> Merge(List<TermHit> sortedHits)
    {
        var marks = new List<TextSpan>(sortedHits.Count);
        foreach (var hit in sortedHits)
        {
            if (marks.Count > 0 && hit.Start <= marks[^1].End)
            {
                var last = marks[^1];
                if (hit.End > last.End)
                {
                    marks[^1] = last with { End = hit.End };
                }
            }
            else
            {
                marks.Add(new TextSpan(hit.Start, hit.End));
            }
        }

        return marks;
    }
}
