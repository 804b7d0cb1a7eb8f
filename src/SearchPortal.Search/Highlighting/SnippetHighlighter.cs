using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace SearchPortal.Search.Highlighting;

/// <summary>Builds snippets and whole texts with the matched terms marked by offsets (<see cref="MarkedText"/>), never HTML.</summary>
/// <remarks>
/// The matches come from the postings: the body fields carry positions and character offsets, so stemmed forms,
/// folded accents and compound parts are marked exactly where the index found them, without re-analysing the text.
/// Words of an exact phrase are marked only where the whole phrase stands. The names a query finds through their
/// spelling key are found by the key chain in the shown text (<see cref="NameKeyOccurrences"/>). Thread-safe: the
/// analyzer (used to compare query terms across body fields and to find name keys) keeps its token streams per thread.
/// </remarks>
internal sealed class SnippetHighlighter
{
    private readonly HitMatcher hitMatcher;

    /// <summary>Uses <paramref name="indexAnalyzer"/>, the analyzer the body fields were indexed with.</summary>
    public SnippetHighlighter(Analyzer indexAnalyzer)
    {
        ArgumentNullException.ThrowIfNull(indexAnalyzer);
        hitMatcher = new HitMatcher(indexAnalyzer);
    }

    /// <summary>
    /// The snippets of indexed articles, one list per entry of <paramref name="docs"/> (top-level doc ids): up to
    /// <paramref name="maxSnippets"/> non-overlapping passages of about 200-300 characters in text order, those with
    /// the most distinct matched terms first chosen, cut at word boundaries with ellipses, from the first 10,000
    /// characters. When nothing matches there, one unmarked snippet from the start of the text.
    /// </summary>
    public IReadOnlyList<MarkedText>[] BestSnippets(IndexReader reader, IReadOnlyList<int> docs, QueryTerms terms, int maxSnippets = 3)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(terms);
        var snippets = new IReadOnlyList<MarkedText>[docs.Count];
        if (maxSnippets <= 0)
        {
            Array.Fill(snippets, []);
            return snippets;
        }

        foreach (var (segment, entries) in HitsBySegment(reader, docs))
        {
            // A doc listed twice is read once: postings only move forward.
            var distinct = new List<int>(entries.Count);
            foreach (var (doc, _) in entries)
            {
                if (distinct.Count == 0 || distinct[^1] != doc)
                {
                    distinct.Add(doc);
                }
            }

            var found = hitMatcher.Find(segment, distinct, terms);
            var at = -1;
            for (var i = 0; i < entries.Count; i++)
            {
                if (i == 0 || entries[i].Doc != entries[i - 1].Doc)
                {
                    at++;
                }

                var (text, matches) = found[at];
                snippets[entries[i].Slot] = SnippetRenderer.Snippets(text.Text, text.Continues, matches, maxSnippets);
            }
        }

        return snippets;
    }

    /// <summary>
    /// The whole text of the indexed article <paramref name="doc"/> (top-level id), whose <paramref name="text"/>
    /// and <paramref name="language"/> the caller has read, one passage per blank-line separated paragraph, every
    /// matched term marked.
    /// </summary>
    public IReadOnlyList<MarkedText> HighlightAll(IndexReader reader, int doc, string text, string language, QueryTerms terms)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.IsEmpty)
        {
            return SnippetRenderer.WholeText(text, []);
        }

        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var matches = hitMatcher.Find(leaf.AtomicReader, doc - leaf.DocBase, text, language, terms);
        return SnippetRenderer.WholeText(text, matches.Marks);
    }

    // Hits grouped by segment, each group in ascending doc order so that postings only move forward.
    private static IEnumerable<(AtomicReader Segment, List<(int Doc, int Slot)> Entries)> HitsBySegment(IndexReader reader, IReadOnlyList<int> docs)
    {
        var order = new (int Doc, int Slot)[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(docs[i], nameof(docs));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(docs[i], reader.MaxDoc, nameof(docs));
            order[i] = (docs[i], i);
        }

        Array.Sort(order, static (a, b) => a.Doc.CompareTo(b.Doc));
        var leaves = reader.Leaves;
        var next = 0;
        while (next < order.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(order[next].Doc, leaves)];
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var entries = new List<(int Doc, int Slot)>();
            for (; next < order.Length && order[next].Doc < end; next++)
            {
                entries.Add((order[next].Doc - leaf.DocBase, order[next].Slot));
            }

            yield return (leaf.AtomicReader, entries);
        }
    }
}
