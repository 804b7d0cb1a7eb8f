using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Words as the neutral fields store them (lower case, ASCII-folded: "außenminister" as "aussenminister"), and back:
/// a folded correction gets the typed word's umlauts and ß where it kept the typed letters.
/// </summary>
internal static class FoldedSpelling
{
    /// <summary>The word as the neutral chain indexes it, given it in lower case.</summary>
    public static string Fold(string lowered)
    {
        var input = lowered.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>
    /// <paramref name="folded"/> (a neighbour of the folded <paramref name="typed"/> word) with each typed letter that
    /// folding changed put back where the neighbour kept it: "Außenminster" and "aussenminister" give "außenminister".
    /// </summary>
    public static string Restore(string typed, string folded)
    {
        var lowered = typed.ToLowerInvariant();
        var source = new StringBuilder();
        var groups = new List<(char Original, int Start, int Length)>();
        foreach (var c in lowered)
        {
            var start = source.Length;
            source.Append(Fold(c.ToString()));
            if (source.Length - start != 1 || source[start] != c)
            {
                groups.Add((c, start, source.Length - start));
            }
        }

        if (groups.Count == 0)
        {
            return folded;
        }

        var matchOf = Align(source.ToString(), folded);
        var replaced = new Dictionary<int, (char Original, int Length)>();
        foreach (var (original, start, length) in groups)
        {
            var first = matchOf[start];
            var kept = first >= 0;
            for (var k = 1; kept && k < length; k++)
            {
                kept = matchOf[start + k] == first + k;
            }

            if (kept)
            {
                replaced[first] = (original, length);
            }
        }

        var result = new StringBuilder(folded.Length);
        for (var j = 0; j < folded.Length;)
        {
            if (replaced.TryGetValue(j, out var group))
            {
                result.Append(group.Original);
                j += group.Length;
            }
            else
            {
                result.Append(folded[j]);
                j++;
            }
        }

        return result.ToString();
    }

    // For each character of a: the index of the equal character of b it stays as in a least-edit alignment, or -1.
    private static int[] Align(string a, string b)
    {
        var cost = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            cost[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            cost[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var keep = cost[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cost[i, j] = Math.Min(keep, Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }

        var matchOf = new int[a.Length];
        Array.Fill(matchOf, -1);
        for (int i = a.Length, j = b.Length; i > 0 && j > 0;)
        {
            if (a[i - 1] == b[j - 1] && cost[i, j] == cost[i - 1, j - 1])
            {
                matchOf[--i] = --j;
            }
            else if (cost[i, j] == cost[i - 1, j - 1] + 1)
            {
                i--;
                j--;
            }
            else if (cost[i, j] == cost[i - 1, j] + 1)
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        return matchOf;
    }
}
