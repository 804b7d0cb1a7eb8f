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
    /// <summary>Terms are looked for up to here so that a huge text costs no more than a long article.</summary>
    internal const int MaxAnalyzedChars = 100_000;

    private static readonly char[] Breaks = [' ', '\n', '\t', '\r'];

    private readonly Analyzer analyzer;
    private readonly NeutralCoverage coverage;

    public TermMatcher(Analyzer analyzer, NeutralCoverage coverage)
    {
        this.analyzer = analyzer;
        this.coverage = coverage;
    }

    public TextMatches Find(string text, string language, QueryTerms terms)
    {
        var limit = AnalyzedLength(text);
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

    /// <summary>
    /// The length of the prefix of <paramref name="text"/> searched for terms: all of it up to
    /// <see cref="MaxAnalyzedChars"/>, else cut at whitespace so that the last word is whole, not a fragment that
    /// might match wrongly.
    /// </summary>
    internal static int AnalyzedLength(string text)
    {
        if (text.Length <= MaxAnalyzedChars)
        {
            return text.Length;
        }

        var cut = text.LastIndexOfAny(Breaks, MaxAnalyzedChars - 1);
        if (cut <= 0)
        {
            cut = char.IsLowSurrogate(text[MaxAnalyzedChars]) ? MaxAnalyzedChars - 1 : MaxAnalyzedChars;
        }

        return cut;
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
