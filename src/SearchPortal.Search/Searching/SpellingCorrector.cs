using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>Proposes a corrected query from the index's own terms: each word the index lacks becomes its most frequent near neighbour.</summary>
internal static partial class SpellingCorrector
{
    private const int MinWordLength = 3;

    /// <summary>The query with unknown words replaced, or null when every word is known or has no near neighbour.</summary>
    public static string? Correct(IndexReader reader, string query)
    {
        var titles = MultiFields.GetTerms(reader, ArticleFields.TitleNeutral);
        var bodies = MultiFields.GetTerms(reader, ArticleFields.BodyNeutral);
        if (bodies is null)
        {
            return null;
        }

        var corrected = new StringBuilder(query.Length + 8);
        var last = 0;
        var changed = false;
        foreach (Match word in Word().Matches(query))
        {
            var replacement = word.Length >= MinWordLength && !IsOperator(word.Value) ? Neighbour(reader, titles, bodies, word.Value) : null;
            if (replacement is null)
            {
                continue;
            }

            corrected.Append(query, last, word.Index - last).Append(MatchCase(word.Value, replacement));
            last = word.Index + word.Length;
            changed = true;
        }

        return changed ? corrected.Append(query, last, query.Length - last).ToString() : null;
    }

    private static string? Neighbour(IndexReader reader, Terms? titles, Terms bodies, string word)
    {
        var lowered = word.ToLowerInvariant();
        if (reader.DocFreq(new Term(ArticleFields.BodyNeutral, lowered)) > 0 || reader.DocFreq(new Term(ArticleFields.TitleNeutral, lowered)) > 0)
        {
            return null;
        }

        // The nearest spelling wins over a more frequent but more distant one: try one edit before two.
        var maxEdits = lowered.Length <= 5 ? 1 : 2;
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            if (MostFrequent(titles, bodies, lowered, edits) is { } best)
            {
                return best;
            }
        }

        return null;
    }

    private static string? MostFrequent(Terms? titles, Terms bodies, string lowered, int edits)
    {
        string? best = null;
        var bestFreq = 0;
        foreach (var terms in new[] { bodies, titles })
        {
            if (terms is null)
            {
                continue;
            }

            var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(ArticleFields.BodyNeutral, lowered), edits, 0, true);
            while (candidates.MoveNext())
            {
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

    private static bool IsOperator(string word) => word is "AND" or "OR" or "NOT";

    private static string MatchCase(string original, string replacement) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;

    [GeneratedRegex(@"(?<![\w:])\p{L}[\p{L}\p{M}]*(?!:)")]
    private static partial Regex Word();
}
