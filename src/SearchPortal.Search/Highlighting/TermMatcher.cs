using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Finds query terms in a text by re-analysing it as the index did, for the language body field and body_std.
/// Used for text that is not in the index, and for index segments written before body offsets were indexed.
/// </summary>
internal sealed class TermMatcher
{
    private readonly Analyzer analyzer;
    private readonly NeutralCoverage coverage;

    public TermMatcher(Analyzer analyzer, NeutralCoverage coverage)
    {
        this.analyzer = analyzer;
        this.coverage = coverage;
    }

    /// <summary>The matches in the first <paramref name="maxChars"/> characters of <paramref name="text"/> (see <see cref="HighlightedPrefix"/>).</summary>
    public TextMatches Find(string text, string language, QueryTerms terms, int maxChars)
    {
        var limit = HighlightedPrefix.Length(text, maxChars);
        var analyzed = limit == text.Length ? text : text[..limit];
        var languageField = ArticleFields.LanguageFields(language).Body;
        string[] fields = string.Equals(languageField, ArticleFields.BodyNeutral, StringComparison.Ordinal)
            ? [ArticleFields.BodyNeutral]
            : [languageField, ArticleFields.BodyNeutral];
        var hits = new List<TermHit>();
        var termCounts = new int[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            if (terms.Lookup(fields[f]) is not { } fieldTerms || analyzed.Length == 0)
            {
                continue;
            }

            termCounts[f] = fieldTerms.Count;

            // Analysis is nearly the whole cost here, so the neutral pass is skipped when it cannot add a match.
            if (f == 0 || !coverage.NeutralAddsNothing(analyzed, languageField, terms))
            {
                HitResolver.AddHits(fieldTerms, Occurrences(analyzed, fields[f], fieldTerms), f, limit, hits);
            }
        }

        return TextMatches.From(hits, termCounts, limit);
    }

    private TermOccurrences Occurrences(string text, string field, FieldTerms fieldTerms)
    {
        var occurrences = new TermOccurrences(fieldTerms.Count);

        // Reset, IncrementToken loop, End, Dispose in exactly this order (Lucene.Net #271); the analyzer's reuse
        // strategy hands back the same per-thread components on the next call.
        var stream = analyzer.GetTokenStream(field, text);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var position = -1;
            stream.Reset();
            while (stream.IncrementToken())
            {
                // Positions as the indexer counts them, so that phrases are matched as in the postings.
                position += increment.PositionIncrement;
                if (fieldTerms.TryGetId(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out var id))
                {
                    occurrences.Add(id, position, offset.StartOffset, offset.EndOffset);
                }
            }

            stream.End();
        }
        finally
        {
            stream.Dispose();
        }

        return occurrences;
    }
}
