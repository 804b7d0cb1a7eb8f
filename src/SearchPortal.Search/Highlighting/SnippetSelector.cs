namespace SearchPortal.Search.Highlighting;

/// <summary>Picks the best non-overlapping windows: most distinct matched terms, then most matches, then earliest.</summary>
internal static class SnippetSelector
{
    public static List<TextSpan> Pick(List<TextSpan> windows, TextMatches matches, int maxSnippets)
    {
        var scored = Score(windows, matches);
        scored.Sort(static (a, b) =>
            a.Distinct != b.Distinct ? b.Distinct.CompareTo(a.Distinct)
            : a.Total != b.Total ? b.Total.CompareTo(a.Total)
            : a.Window.Start.CompareTo(b.Window.Start));

        var picked = new List<TextSpan>(maxSnippets);
        foreach (var candidate in scored)
        {
            if (picked.Count == maxSnippets || candidate.Total == 0)
            {
                break;
            }

            if (!Overlaps(candidate.Window, picked))
            {
                picked.Add(candidate.Window);
            }
        }

        picked.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return picked;
    }

    // Distinct terms are counted per analyzed field and the best field wins: each field holds the whole query in its
    // own analysis, so "meet" (English stem) and "meeting" (neutral) are one word of the query, not two.
    private static List<ScoredWindow> Score(List<TextSpan> windows, TextMatches matches)
    {
        var seen = new int[matches.FieldCount][];
        for (var f = 0; f < seen.Length; f++)
        {
            seen[f] = new int[matches.TermCounts[f]];
        }

        var distinct = new int[matches.FieldCount];
        var scored = new List<ScoredWindow>(windows.Count);
        var hits = matches.Hits;
        var marks = matches.Marks;
        var first = 0;
        var firstMark = 0;
        for (var w = 0; w < windows.Count; w++)
        {
            var window = windows[w];
            var stamp = w + 1;
            while (first < hits.Count && hits[first].Start < window.Start)
            {
                first++;
            }

            while (firstMark < marks.Count && marks[firstMark].Start < window.Start)
            {
                firstMark++;
            }

            // Total counts marked words, so a word matched in both analyzed fields counts once.
            var total = 0;
            for (var m = firstMark; m < marks.Count && marks[m].End <= window.End; m++)
            {
                total++;
            }

            Array.Clear(distinct);
            for (var h = first; h < hits.Count && hits[h].Start < window.End; h++)
            {
                var hit = hits[h];
                if (hit.End > window.End)
                {
                    continue;
                }

                if (seen[hit.Field][hit.TermId] != stamp)
                {
                    seen[hit.Field][hit.TermId] = stamp;
                    distinct[hit.Field]++;
                }
            }

            var best = 0;
            foreach (var count in distinct)
            {
                best = Math.Max(best, count);
            }

            scored.Add(new ScoredWindow(window, best, total));
        }

        return scored;
    }

    private static bool Overlaps(TextSpan window, List<TextSpan> picked)
    {
        foreach (var other in picked)
        {
            if (window.Start < other.End && other.Start < window.End)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct ScoredWindow(TextSpan Window, int Distinct, int Total);
}
