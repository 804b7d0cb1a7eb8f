using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Decides when looking for a query's terms in body_std can add nothing to what its language body field finds, so
/// that the neutral field's postings are skipped.
/// </summary>
/// <remarks>
/// Both chains share the tokenizer and differ in filters (stemming, decompounding, folding): if every neutral term,
/// run through the language chain, lands on language terms, a text word matched in the neutral field is matched in
/// the language field too, unless the neutral chain folded non-ASCII letters of the text into a form the language
/// chain never sees.
/// </remarks>
internal sealed class NeutralCoverage
{
    // Letters that a folding filter would change; a neutral chain that only lower-cases them leaves them as they are.
    private const string FoldingProbe = "éßüø";

    private readonly Analyzer analyzer;
    private readonly bool neutralFoldsLetters;

    // Whether a query's neutral terms are all covered by its terms in a language field; worked out once per query
    // (a prefix can expand to hundreds of terms) and dropped with the query.
    private readonly ConditionalWeakTable<QueryTerms, ConcurrentDictionary<string, bool>> covered = [];

    public NeutralCoverage(Analyzer analyzer)
    {
        this.analyzer = analyzer;
        neutralFoldsLetters = !AnalyzesInto(ArticleFields.BodyNeutral, FoldingProbe, FoldingProbe);
    }

    /// <summary>Whether the neutral field cannot add a match in <paramref name="text"/> to <paramref name="languageField"/>.</summary>
    public bool NeutralAddsNothing(ReadOnlySpan<char> text, string languageField, QueryTerms terms)
    {
        var neutralTerms = terms.Lookup(ArticleFields.BodyNeutral);
        if (neutralTerms is null)
        {
            return true;
        }

        var languageTerms = terms.Lookup(languageField);
        if (languageTerms is null
            || string.Equals(languageField, ArticleFields.BodyNeutral, StringComparison.Ordinal)
            || (neutralFoldsLetters && HasNonAsciiLetter(text)))
        {
            return false;
        }

        return covered.GetOrCreateValue(terms).GetOrAdd(
            languageField,
            static (field, state) => state.Coverage.NeutralTermsCovered(field, state.Language, state.Neutral),
            (Coverage: this, Language: languageTerms, Neutral: neutralTerms));
    }

    private bool NeutralTermsCovered(string languageField, FieldTerms languageTerms, FieldTerms neutralTerms)
    {
        foreach (var term in neutralTerms.Set)
        {
            neutralTerms.TryGetId(term, out var id);
            if (!AnalyzesIntoKnownTerms(languageField, term, languageTerms, neutralTerms.MarkedEverywhere(id)))
            {
                return false;
            }
        }

        return true;
    }

    // A word marked everywhere in the neutral field must land on words marked everywhere in the language field, not
    // only on words of a phrase there.
    private bool AnalyzesIntoKnownTerms(string field, string text, FieldTerms known, bool everywhere)
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
                allKnown &= known.TryGetId(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out var id)
                    && (!everywhere || known.MarkedEverywhere(id));
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

    private static bool HasNonAsciiLetter(ReadOnlySpan<char> span)
    {
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
}
