using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Marks the query's words in a title, as snippets mark them in the text: the title is short and has no offsets in
/// the index, so it is analysed again with the chains of its title fields (its language's and the neutral one) and
/// each token that is a query term of that field is marked, and so is each name whose spelling key the query
/// searches. Words of an exact phrase are marked wherever they stand.
/// Thread-safe: the analyzer keeps its token streams per thread.
/// </summary>
internal sealed class TitleMarker(Analyzer indexAnalyzer)
{
    public MarkedText Mark(string title, string language, QueryTerms terms)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(terms);
        var marks = new List<TextSpan>();
        if (!terms.IsEmpty)
        {
            var languageField = ArticleFields.LanguageFields(language).Title;
            Collect(title, languageField, terms, marks);
            if (languageField != ArticleFields.TitleNeutral)
            {
                Collect(title, ArticleFields.TitleNeutral, terms, marks);
            }

            // The key field holds the title's keys too, analysed on their own as here.
            Collect(title, ArticleFields.NameKey, terms, marks);
        }

        return new MarkedTextBuilder().Append(title, 0, title.Length, Merged(marks)).Build();
    }

    private void Collect(string title, string field, QueryTerms terms, List<TextSpan> marks)
    {
        var wanted = terms.Lookup(field);
        if (wanted is null)
        {
            return;
        }

        var stream = indexAnalyzer.GetTokenStream(field, title);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (wanted.TryGetId(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out var id)
                    && (wanted.MarkedEverywhere(id) || wanted.MarkedInPhrase(id))
                    && offset.EndOffset > offset.StartOffset)
                {
                    marks.Add(new TextSpan(offset.StartOffset, Math.Min(offset.EndOffset, title.Length)));
                }
            }

            stream.End();
        }
        finally
        {
            stream.Dispose();
        }
    }

    // Ordered and without overlaps, as MarkedText wants them: both fields mark the same words, compound parts overlap.
    private static List<TextSpan> Merged(List<TextSpan> marks)
    {
        marks.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<TextSpan>(marks.Count);
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, mark.End) };
            }
            else
            {
                merged.Add(mark);
            }
        }

        return merged;
    }
}
