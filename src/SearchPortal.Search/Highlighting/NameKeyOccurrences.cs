using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Finds where a query's name keys occur in a text (the "Bakiyev" that the query "Bakiev" found) by running the
/// name-key chain over it: the key field is indexed without offsets, so as not to grow the index for the few
/// queries that match through it.
/// </summary>
/// <remarks>
/// Only the hits shown, only for queries with key terms, and only the part of the text that is highlighted. The chain
/// decides that a capitalised word is no name when the same text writes it in lower case; here it sees only that part,
/// so a word written in lower case only after it could be marked where the index did not key it.
/// </remarks>
internal sealed class NameKeyOccurrences(Analyzer indexAnalyzer)
{
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
