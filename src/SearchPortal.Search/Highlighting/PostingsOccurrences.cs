using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Reads where the query terms occur in some documents of one segment straight from the postings (positions and
/// character offsets indexed with the body fields), so no text is re-analysed.
/// </summary>
internal static class PostingsOccurrences
{
    /// <summary>
    /// Per document of <paramref name="docs"/> (segment-local ids, strictly ascending) and per body field of
    /// <see cref="QueryTerms.Bodies"/>, the occurrences of that field's terms that start before the document's
    /// <paramref name="limits"/> entry; null where none occurs or where <paramref name="wanted"/>[doc][field] is false.
    /// </summary>
    /// <remarks>Each term is sought once per field and its postings are advanced through the documents in order, so
    /// a page of hits costs one seek per term and segment, not one per hit.</remarks>
    public static TermOccurrences?[][] Read(AtomicReader segment, IReadOnlyList<int> docs, QueryTerms terms, bool[][] wanted, int[] limits)
    {
        var bodies = terms.Bodies;
        var result = new TermOccurrences?[docs.Count][];
        for (var d = 0; d < docs.Count; d++)
        {
            result[d] = new TermOccurrences?[bodies.Count];
        }

        // One enum for the whole segment: Lucene reuses it across terms and fields of a segment, which saves
        // allocating its block buffers (several KB) per term.
        DocsAndPositionsEnum? postings = null;
        for (var f = 0; f < bodies.Count; f++)
        {
            var (field, fieldTerms) = bodies[f];
            var indexed = AnyWants(wanted, f) ? segment.GetTerms(field) : null;
            if (indexed is null)
            {
                continue;
            }

            var termsEnum = indexed.GetEnumerator();
            for (var id = 0; id < fieldTerms.Count; id++)
            {
                if (!termsEnum.SeekExact(fieldTerms.Bytes(id)))
                {
                    continue;
                }

                var termPostings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                if (termPostings is null)
                {
                    break;
                }

                postings = termPostings;
                Collect(postings, id, docs, wanted, limits, result, f, fieldTerms.Count);
            }
        }

        return result;
    }

    private static bool AnyWants(bool[][] wanted, int field)
    {
        foreach (var fields in wanted)
        {
            if (fields[field])
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(
        DocsAndPositionsEnum postings, int id, IReadOnlyList<int> docs, bool[][] wanted, int[] limits, TermOccurrences?[][] result, int field, int termCount)
    {
        var current = -1;
        for (var d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            if (!wanted[d][field])
            {
                continue;
            }
            if (current < doc)
            {
                current = postings.Advance(doc);
                if (current == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return;
                }
            }

            if (current != doc)
            {
                continue;
            }

            // Offsets grow with positions: the rest of a long text, beyond what is highlighted, is not decoded.
            for (var i = postings.Freq; i > 0; i--)
            {
                var position = postings.NextPosition();
                if (postings.StartOffset >= limits[d])
                {
                    break;
                }

                (result[d][field] ??= new TermOccurrences(termCount)).Add(id, position, postings.StartOffset, postings.EndOffset);
            }
        }
    }
}
