namespace SearchPortal.Core.Facets;

/// <summary>
/// Gathers the values of one facet in order of first mention, each with up to three trimmed evidence sentences and
/// every place it was found, from which <see cref="SubjectScorer"/> decides its role.
/// </summary>
internal sealed class EvidenceCollector
{
    public const int MaxEvidence = 3;
    public const int MaxEvidenceLength = 300;

    private readonly List<string> order = [];
    private readonly Dictionary<string, (string? Detail, List<string> Evidence, List<MentionPlace> Places)> values = new(StringComparer.Ordinal);

    public int Count => order.Count;

    public bool Contains(string value) => values.ContainsKey(value);

    /// <summary>The values in order of first mention.</summary>
    public IReadOnlyList<string> Values => order;

    /// <summary>Where <paramref name="value"/> was found, in the order it was added.</summary>
    public IReadOnlyList<MentionPlace> PlacesOf(string value) => values[value].Places;

    /// <summary>Records that <paramref name="value"/> was found at [start, end) of <paramref name="sentence"/>, sentence number <paramref name="index"/>.</summary>
    public void Add(string value, string? detail, int index, string sentence, int start, int end, bool topic = false)
    {
        if (!values.TryGetValue(value, out var found))
        {
            found = (detail, [], []);
            values.Add(value, found);
            order.Add(value);
        }

        found.Places.Add(new MentionPlace(index, start, end, topic));

        if (found.Evidence.Count >= MaxEvidence)
        {
            return;
        }

        var excerpt = Excerpt(sentence, start, end);
        if (!found.Evidence.Contains(excerpt, StringComparer.Ordinal))
        {
            found.Evidence.Add(excerpt);
        }
    }

    /// <summary>The values with their evidence; those in <paramref name="about"/> are about the article, the others mentioned.</summary>
    public List<FacetValue> ToValues(IReadOnlySet<string> about)
    {
        var result = new List<FacetValue>(order.Count);
        foreach (var value in order)
        {
            var (detail, evidence, _) = values[value];
            result.Add(new FacetValue(value, detail, evidence, about.Contains(value) ? FacetRole.About : FacetRole.Mentioned));
        }

        return result;
    }

    /// <summary>The sentence, or a window of about 300 characters around the match cut at word boundaries.</summary>
    public static string Excerpt(string sentence, int start, int end)
    {
        if (sentence.Length <= MaxEvidenceLength)
        {
            return sentence;
        }

        var center = (start + end) / 2;
        var from = Math.Max(0, center - (MaxEvidenceLength / 2));
        var to = Math.Min(sentence.Length, from + MaxEvidenceLength);
        from = Math.Max(0, to - MaxEvidenceLength);
        if (from > 0)
        {
            var space = sentence.IndexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }

        if (to < sentence.Length)
        {
            var space = sentence.LastIndexOf(' ', to - 1);
            to = space > end ? space : to;
        }

        var excerpt = sentence[from..to].Trim();
        return (from > 0 ? "\u2026" : string.Empty) + excerpt + (to < sentence.Length ? "\u2026" : string.Empty);
    }
}
