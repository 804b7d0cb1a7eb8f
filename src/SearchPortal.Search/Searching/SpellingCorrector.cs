using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>Proposes a corrected query from the index's own terms: each word the index lacks becomes its most frequent near neighbour.</summary>
/// <remarks>
/// Words are looked up as they stand in the neutral fields (every title, German and undetermined bodies) and, through
/// the English chain, in English bodies, which are indexed in that chain alone. English body terms are stems: for names
/// they are the name ("tokayev"), for an English word found in no title or German body the offer can be a stem
/// ("energi"), which still finds what the word would. A word is looked up ASCII-folded, as the neutral fields store
/// it, and the offer gets back the umlauts and ß of the letters it shares with the typed word ("Außenminister").
/// </remarks>
internal static partial class SpellingCorrector
{
    private const int MinWordLength = 3;

    /// <summary>Longer "words" are no misspelling anybody typed; a fuzzy lookup of them is only cost.</summary>
    internal const int MaxWordLength = 30;

    /// <summary>Queries longer than this get no correction: a pasted paragraph is not a misspelt search.</summary>
    internal const int MaxQueryLength = 200;

    /// <summary>Only the first words are looked up: each costs up to two fuzzy scans of three term dictionaries.</summary>
    internal const int MaxWordsChecked = 4;

    /// <summary>The time a correction may take in all; past it the words not yet looked up stay as typed.</summary>
    internal static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(25);

    // Neighbours share the typed word's first letter, as in Lucene's DirectSpellChecker: a misspelling rarely starts
    // wrong, and the scan then walks one letter's block of each dictionary instead of all of it (at a million articles
    // the misspelt-word requests were the costliest left in tools/bench/fuzz-cost.sh).
    private const int SamePrefix = 1;

    // The fuzzy scan looks at the clock every so many candidates rather than at each one.
    private const int CandidatesPerClockCheck = 64;

    /// <summary>The query with unknown words replaced, or null when every word is known or has no near neighbour.</summary>
    public static string? Correct(IndexReader reader, string query, Analyzer analyzer)
    {
        if (query.Length > MaxQueryLength)
        {
            return null;
        }

        var sources = new[] { ArticleFields.BodyNeutral, ArticleFields.BodyEnglish, ArticleFields.TitleNeutral }
            .Select(field => MultiFields.GetTerms(reader, field))
            .OfType<Terms>()
            .ToArray();
        if (sources.Length == 0)
        {
            return null;
        }

        var corrected = new StringBuilder(query.Length + 8);
        var last = 0;
        var changed = false;
        var checkedWords = 0;
        var clock = Stopwatch.StartNew();
        foreach (Match word in Word().Matches(query))
        {
            if (++checkedWords > MaxWordsChecked || clock.Elapsed > Budget)
            {
                break;
            }

            var replacement = word.Length is >= MinWordLength and <= MaxWordLength && !IsOperator(word.Value)
                ? Neighbour(reader, analyzer, sources, word.Value, clock)
                : null;
            if (replacement is null)
            {
                continue;
            }

            corrected.Append(query, last, word.Index - last).Append(MatchCase(word.Value, FoldedSpelling.Restore(word.Value, replacement)));
            last = word.Index + word.Length;
            changed = true;
        }

        return changed ? corrected.Append(query, last, query.Length - last).ToString() : null;
    }

    private static string? Neighbour(IndexReader reader, Analyzer analyzer, Terms[] sources, string word, Stopwatch clock)
    {
        // The neutral fields hold words folded ("aussenminister"): looked up so, "Außenminster" is one edit away.
        var lowered = FoldedSpelling.Fold(word.ToLowerInvariant());
        if (reader.DocFreq(new Term(ArticleFields.BodyNeutral, lowered)) > 0
            || reader.DocFreq(new Term(ArticleFields.TitleNeutral, lowered)) > 0
            || (EnglishTerm(analyzer, word) is { } english && reader.DocFreq(new Term(ArticleFields.BodyEnglish, english)) > 0))
        {
            return null;
        }

        // The nearest spelling wins over a more frequent but more distant one: try one edit before two.
        var maxEdits = lowered.Length <= 5 ? 1 : 2;
        for (var edits = 1; edits <= maxEdits && clock.Elapsed <= Budget; edits++)
        {
            if (MostFrequent(sources, lowered, edits, clock) is { } best)
            {
                return best;
            }
        }

        return null;
    }

    private static string? MostFrequent(Terms[] sources, string lowered, int edits, Stopwatch clock)
    {
        string? best = null;
        var bestFreq = 0;
        foreach (var terms in sources)
        {
            var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(ArticleFields.BodyNeutral, lowered), edits, SamePrefix, true);
            var seen = 0;
            while (candidates.MoveNext())
            {
                if (++seen % CandidatesPerClockCheck == 0 && clock.Elapsed > Budget)
                {
                    // The best so far is still a real term of the index; the rest of the scan would only cost time.
                    return best;
                }

                var freq = candidates.DocFreq;
                if (freq > bestFreq)
                {
                    bestFreq = freq;
                    best = candidates.Term.Utf8ToString();
                }
            }
        }

        return best;
    }

    // The word as the English chain indexes it; null for a stop word.
    private static string? EnglishTerm(Analyzer analyzer, string word)
    {
        using var stream = analyzer.GetTokenStream(ArticleFields.BodyEnglish, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var first = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return first;
    }

    private static bool IsOperator(string word) => word is "AND" or "OR" or "NOT";

    private static string MatchCase(string original, string replacement) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;

    [GeneratedRegex(@"(?<![\w:])\p{L}[\p{L}\p{M}]*(?!:)")]
    private static partial Regex Word();
}
