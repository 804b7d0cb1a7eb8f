using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    // Letters that a folding filter would change; a neutral chain that only lower-cases them leaves them as they are.
    private const string FoldingProbe = "éßüø";

    private readonly Analyzer analyzer;
    private readonly bool neutralFoldsLetters;

    // Whether a query's neutral terms are all covered by its terms in a language field; worked out once per query
    // (a prefix can expand to hundreds of terms) and dropped with the query.
    private readonly ConditionalWeakTable<QueryTerms, ConcurrentDictionary<string, bool>> coverage = [];

    public TermMatcher(Analyzer analyzer)
    {
        this.analyzer = analyzer;
        neutralFoldsLetters = !AnalyzesInto(ArticleFields.BodyNeutral, FoldingProbe, FoldingProbe);
    }

    public TextMatches Find(string text, string language, QueryTerms terms)
    {
        var analyzed = AnalyzedPrefix(text);
        var languageField = ArticleFields.LanguageFields(language).Body;
        var hits = new List<TermHit>();
        int[] termCounts;
        if (string.Equals(languageField, ArticleFields.BodyNeutral, StringComparison.Ordinal))
        {
            termCounts = [Collect(analyzed, ArticleFields.BodyNeutral, 0, terms.Lookup(ArticleFields.BodyNeutral), hits)];
        }
        else
        {
            var languageTerms = terms.Lookup(languageField);
            var neutralTerms = terms.Lookup(ArticleFields.BodyNeutral);
            termCounts =
            [
                Collect(analyzed, languageField, 0, languageTerms, hits),
                NeutralPassAddsNothing(analyzed, languageField, terms, languageTerms, neutralTerms)
                    ? neutralTerms?.Count ?? 0
                    : Collect(analyzed, ArticleFields.BodyNeutral, 1, neutralTerms, hits),
            ];
        }

        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new TextMatches(hits, Merge(hits), termCounts, analyzed.Length);
    }

    private int Collect(string text, string field, int fieldIndex, FieldTerms? fieldTerms, List<TermHit> hits)
    {
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

    // Analysis is nearly the whole cost of a snippet, so the neutral pass is skipped when it cannot find a word the
    // language pass misses. Both chains share the tokenizer and differ in filters (stemming, decompounding, folding):
    // if every neutral term, run through the language chain, lands on language terms, a text word matched in the
    // neutral field is matched in the language field too, unless the neutral chain folded non-ASCII letters of the
    // text into a form the language chain never sees.
    private bool NeutralPassAddsNothing(
        string text, string languageField, QueryTerms terms, FieldTerms? languageTerms, FieldTerms? neutralTerms)
    {
        if (neutralTerms is null)
        {
            return true;
        }

        if (languageTerms is null || (neutralFoldsLetters && HasNonAsciiLetter(text)))
        {
            return false;
        }

        return coverage.GetOrCreateValue(terms).GetOrAdd(
            languageField,
            static (field, state) => state.Matcher.NeutralTermsCovered(field, state.Language, state.Neutral),
            (Matcher: this, Language: languageTerms, Neutral: neutralTerms));
    }

    private bool NeutralTermsCovered(string languageField, FieldTerms languageTerms, FieldTerms neutralTerms)
    {
        foreach (var term in neutralTerms.Set)
        {
            if (!AnalyzesIntoKnownTerms(languageField, term, languageTerms))
            {
                return false;
            }
        }

        return true;
    }

    private bool AnalyzesIntoKnownTerms(string field, string text, FieldTerms known)
    {
        var allKnown = true;
        var any = false;
        var stream = analyzer.GetTokenStream(field, text);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                any = true;
                allKnown &= known.TryGetId(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out _);
            }

            stream.End();
        }
        finally
        {
            stream.Dispose();
        }

        // A term the language chain drops entirely (a stop word there) is a word only the neutral pass can find.
        return any && allKnown;
    }

    private bool AnalyzesInto(string field, string text, string expected)
    {
        var stream = analyzer.GetTokenStream(field, text);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var same = stream.IncrementToken()
                && new ReadOnlySpan<char>(term.Buffer, 0, term.Length).SequenceEqual(expected)
                && !stream.IncrementToken();
            stream.End();
            return same;
        }
        finally
        {
            stream.Dispose();
        }
    }

    private static bool HasNonAsciiLetter(string text)
    {
        var span = text.AsSpan();
        var index = span.IndexOfAnyExceptInRange('\0', '\u007F');
        while (index >= 0)
        {
            if (char.IsLetter(span[index]))
            {
                return true;
            }

            span = span[(index + 1)..];
            index = span.IndexOfAnyExceptInRange('\0', '\u007F');
        }

        return false;
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
