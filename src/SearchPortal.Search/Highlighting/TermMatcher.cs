using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Finds query terms in a text by re-analysing it as the index did, for the language body field and body_std.</summary>
internal sealed class TermMatcher
{
    /// <summary>Analysis stops here so that a huge text costs no more than a long article.</summary>
    internal const int MaxAnalyzedChars = 100_000;

    private static readonly char[] Breaks = [' ', '\n', '\t', '\r'];

    private readonly Analyzer analyzer;

    public TermMatcher(Analyzer analyzer) => this.analyzer = analyzer;

    public TextMatches Find(string text, string language, QueryTerms terms)
    {
        var analyzed = AnalyzedPrefix(text);
        var languageField = ArticleFields.LanguageFields(language).Body;
        var hits = new List<TermHit>();
        int[] termCounts;
        if (string.Equals(languageField, ArticleFields.BodyNeutral, StringComparison.Ordinal))
        {
            termCounts = [Collect(analyzed, ArticleFields.BodyNeutral, 0, terms, hits)];
        }
        else
        {
            termCounts =
            [
                Collect(analyzed, languageField, 0, terms, hits),
                Collect(analyzed, ArticleFields.BodyNeutral, 1, terms, hits),
            ];
        }

        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new TextMatches(hits, Merge(hits), termCounts, analyzed.Length);
    }

    private int Collect(string text, string field, int fieldIndex, QueryTerms terms, List<TermHit> hits)
    {
        var fieldTerms = terms.Lookup(field);
        if (fieldTerms is null || text.Length == 0)
        {
            return 0;
        }

        // Reset, IncrementToken loop, End, Dispose in exactly this order (Lucene.Net #271); the analyzer's reuse
        // strategy hands back the same per-thread components on the next call.
        var stream = analyzer.GetTokenStream(field, text);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (fieldTerms.TryGetId(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out var id))
                {
                    hits.Add(new TermHit(offset.StartOffset, offset.EndOffset, fieldIndex, id));
                }
            }

            stream.End();
        }
        finally
        {
            stream.Dispose();
        }

        return fieldTerms.Count;
    }

    private static string AnalyzedPrefix(string text)
    {
        if (text.Length <= MaxAnalyzedChars)
        {
            return text;
        }

        // Cut at whitespace so the last analyzed token is a whole word, not a fragment that might match wrongly.
        var cut = text.LastIndexOfAny(Breaks, MaxAnalyzedChars - 1);
        if (cut <= 0)
        {
            cut = char.IsLowSurrogate(text[MaxAnalyzedChars]) ? MaxAnalyzedChars - 1 : MaxAnalyzedChars;
        }

        return text[..cut];
    }

    private static List<TextSpan> Merge(List<TermHit> sortedHits)
    {
        var marks = new List<TextSpan>(sortedHits.Count);
        foreach (var hit in sortedHits)
        {
            if (hit.End <= hit.Start)
            {
                continue;
            }

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
