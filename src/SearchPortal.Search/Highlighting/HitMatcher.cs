using Lucene.Net.Analysis;
using Lucene.Net.Index;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Finds the query terms in indexed articles from the offsets in the body fields' postings, and their name
/// keys by analysing the text.</summary>
internal sealed class HitMatcher
{
    private readonly NeutralCoverage coverage;
    private readonly NameKeyOccurrences nameKeys;

    public HitMatcher(Analyzer indexAnalyzer)
    {
        coverage = new NeutralCoverage(indexAnalyzer);
        nameKeys = new NameKeyOccurrences(indexAnalyzer);
    }

    /// <summary>
    /// The text of each of <paramref name="docs"/> (ascending segment-local ids), as far as snippets look, and its
    /// matches in the first <see cref="HighlightedPrefix.SnippetChars"/> characters.
    /// </summary>
    public (HitText Text, TextMatches? Matches)[] Find(AtomicReader segment, IReadOnlyList<int> docs, QueryTerms terms)
    {
        var texts = new HitText[docs.Count];
        var reader = new HitTextReader(segment);
        for (var i = 0; i < docs.Count; i++)
        {
            texts[i] = reader.Read(docs[i], HighlightedPrefix.SnippetChars);
        }

        var found = new (HitText, TextMatches?)[docs.Count];
        var matches = terms.IsEmpty ? new TextMatches?[docs.Count] : Find(segment, docs, texts, terms, HighlightedPrefix.SnippetChars);
        for (var i = 0; i < docs.Count; i++)
        {
            found[i] = (texts[i], matches[i]);
        }

        return found;
    }

    /// <summary>The matches in the first <see cref="HighlightedPrefix.WholeTextChars"/> characters of one indexed
    /// article whose whole text and language are given.</summary>
    public TextMatches Find(AtomicReader segment, int doc, string text, string language, QueryTerms terms) =>
        Find(segment, [doc], [new HitText(text, false, language)], terms, HighlightedPrefix.WholeTextChars)[0]!;

    private TextMatches?[] Find(AtomicReader segment, IReadOnlyList<int> docs, HitText[] texts, QueryTerms terms, int maxChars)
    {
        var matches = new TextMatches?[docs.Count];
        var limits = new int[docs.Count];
        var wanted = new bool[docs.Count][];
        for (var i = 0; i < docs.Count; i++)
        {
            limits[i] = HighlightedPrefix.Length(texts[i].Text, maxChars);
            wanted[i] = WantedFields(texts[i].Text.AsSpan(0, limits[i]), texts[i].Language, terms);
        }

        var occurrences = PostingsOccurrences.Read(segment, docs, terms, wanted, limits);
        var keyField = KeyField(terms);
        var holdingKeys = keyField >= 0 ? NameKeyOccurrences.Holding(segment, docs, terms.Bodies[keyField].Terms) : null;
        for (var i = 0; i < docs.Count; i++)
        {
            if (holdingKeys is not null && holdingKeys[i])
            {
                occurrences[i][keyField] = nameKeys.Find(texts[i].Text, limits[i], terms.Bodies[keyField].Terms);
            }

            matches[i] = FromOccurrences(occurrences[i], limits[i], terms);
        }

        return matches;
    }

    // The index of the name-key field among the query's body fields, or -1 when the query searches no key.
    private static int KeyField(QueryTerms terms)
    {
        var bodies = terms.Bodies;
        for (var f = 0; f < bodies.Count; f++)
        {
            if (string.Equals(bodies[f].Field, ArticleFields.NameKey, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return -1;
    }

    // An article has postings only in its language's body field and body_std; the latter is read only when it can
    // add a match.
    private bool[] WantedFields(ReadOnlySpan<char> text, string language, QueryTerms terms)
    {
        var languageField = ArticleFields.LanguageFields(language).Body;
        var bodies = terms.Bodies;
        var wanted = new bool[bodies.Count];
        for (var f = 0; f < bodies.Count; f++)
        {
            var field = bodies[f].Field;
            wanted[f] = string.Equals(field, languageField, StringComparison.Ordinal)
                || (string.Equals(field, ArticleFields.BodyNeutral, StringComparison.Ordinal)
                    && !coverage.NeutralAddsNothing(text, languageField, terms));
        }

        return wanted;
    }

    private static TextMatches FromOccurrences(TermOccurrences?[] byField, int limit, QueryTerms terms)
    {
        var bodies = terms.Bodies;
        var termCounts = new int[bodies.Count];
        var hits = new List<TermHit>();
        for (var f = 0; f < bodies.Count; f++)
        {
            termCounts[f] = bodies[f].Terms.Count;
            if (byField[f] is { } occurrences)
            {
                HitResolver.AddHits(bodies[f].Terms, occurrences, f, limit, hits);
            }
        }

        return TextMatches.From(hits, termCounts, limit);
    }
}
