using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Finds where a query's name keys occur in a text (the "Bakiyev" that the query "Bakiev" found) by running the
/// name-key chain over it: the key field is indexed without offsets, so as not to grow the index for the few
/// queries that match through it.
/// </summary>
/// <remarks>
/// Only the hits shown that hold a key of the query (the key field's postings say which, without positions), only
/// for queries with key terms, and only the part of the text that is highlighted. The chain decides that a
/// capitalised word is no name when the same text writes it in lower case; here it sees only that part, so a word
/// written in lower case only after it could be marked where the index did not key it.
/// </remarks>
internal sealed class NameKeyOccurrences(Analyzer indexAnalyzer)
{
    /// <summary>
    /// Per entry of <paramref name="docs"/> (segment-local ids, strictly ascending), whether its key field holds one of
    /// <paramref name="keys"/>: a hit found by its other words is not analysed for nothing.
    /// </summary>
    public static bool[] Holding(AtomicReader segment, IReadOnlyList<int> docs, FieldTerms keys)
    {
        var holding = new bool[docs.Count];
        var indexed = segment.GetTerms(ArticleFields.NameKey);
        if (indexed is null)
        {
            return holding;
        }

        var termsEnum = indexed.GetEnumerator();
        DocsEnum? postings = null;
        for (var id = 0; id < keys.Count; id++)
        {
            if (!termsEnum.SeekExact(keys.Bytes(id)))
            {
                continue;
            }

            postings = termsEnum.Docs(null, postings, DocsFlags.NONE);
            var current = -1;
            for (var d = 0; d < docs.Count && current != DocIdSetIterator.NO_MORE_DOCS; d++)
            {
                if (current < docs[d])
                {
                    current = postings.Advance(docs[d]);
                }

                holding[d] |= current == docs[d];
            }
        }

        return holding;
    }

    /// <summary>The occurrences of <paramref name="keys"/> in the first <paramref name="limit"/> characters of <paramref name="text"/>, or null when none.</summary>
    public TermOccurrences? Find(string text, int limit, FieldTerms keys)
    {
        TermOccurrences? found = null;
        var stream = indexAnalyzer.GetTokenStream(ArticleFields.NameKey, limit < text.Length ? text[..limit] : text);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            for (var position = 0; stream.IncrementToken(); position++)
            {
                if (keys.TryGetId(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out var id))
                {
                    (found ??= new TermOccurrences(keys.Count)).Add(id, position, offset.StartOffset, offset.EndOffset);
                }
            }

            stream.End();
        }
        finally
        {
            stream.Dispose();
        }

        return found;
    }
}
