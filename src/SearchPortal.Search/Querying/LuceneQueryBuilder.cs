using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Querying.Syntax;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Querying;

/// <summary>
/// Turns the syntax tree into a Lucene query. Each word becomes one "concept": a DisjunctionMax over the six search
/// fields (and over every vocabulary spelling of it), so an article filling both its language field and the neutral
/// field is not counted twice. Words side by side are OR-ed, plus one extra clause requiring all of them, so articles
/// with every word rank above those with some (BM25 has no coord factor to do it).
/// </summary>
internal sealed class LuceneQueryBuilder(FieldQueryFactory fields, VocabularySpellings vocabulary, bool literalStopWords)
{
    // Queries of words some language chain drops as stop words: they do not count toward "all words".
    private readonly HashSet<Query> commonWordQueries = new(ReferenceEqualityComparer.Instance);

    /// <summary>Tie-breaker of the per-word DisjunctionMax: the best field counts fully, the others a little.</summary>
    public const float FieldTie = 0.1f;

    /// <summary>Weight of the all-words clause: an article with every word scores about twice its summed word scores.</summary>
    public const float CoordinationBoost = 1f;

    /// <summary>Spellings found through the vocabulary count a bit less than the word as typed.</summary>
    public const float ExpansionBoost = 0.7f;

    /// <summary>Facet filters add a token score only: ranking stays driven by the words.</summary>
    public const float FilterBoost = 0.01f;

    private const string YearField = FacetDimension.Year;

    // Titles above bodies; the neutral fields a little below the language fields, since they repeat the same text.
    private static readonly (string Field, float Boost)[] AllFields =
    [
        (ArticleFields.TitleEnglish, 2.5f), (ArticleFields.TitleGerman, 2.5f), (ArticleFields.TitleNeutral, 2f),
        (ArticleFields.BodyEnglish, 1f), (ArticleFields.BodyGerman, 1f), (ArticleFields.BodyNeutral, 0.7f),
    ];

    private static readonly (string Field, float Boost)[] TitleFields = AllFields[..3];

    /// <summary>Whether some text term carries meaning (not a stop word of a language chain, or a prefix).</summary>
    public bool SawContentWords { get; private set; }

    /// <summary>Whether some text term is a stop word of a language chain ("the", "und", "of").</summary>
    public bool SawCommonWords { get; private set; }

    public Query? Build(QueryNode node) => node switch
    {
        TextNode text => BuildText(text),
        FacetNode facet => Filter(new TermQuery(new Term(facet.Dimension, facet.Value))),
        YearNode { From: var from, To: var to } when from == to => Filter(new TermQuery(new Term(YearField, YearText(from)))),
        YearNode year => Filter(TermRangeQuery.NewStringRange(YearField, YearText(year.From), YearText(year.To), true, true)),
        GroupNode group => BuildGroup(group),
        _ => null,
    };

    private static string YearText(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = FilterBoost };

    private Query? BuildText(TextNode text)
    {
        var targets = text.TitleOnly ? TitleFields : AllFields;
        var disjuncts = new List<Query>();
        if (text.IsPrefix)
        {
            foreach (var (field, boost) in targets)
            {
                fields.AddPrefixes(field, text.Text, boost, disjuncts);
            }

            SawContentWords = true;
            return Disjunction(disjuncts);
        }

        var droppedByALanguage = false;
        foreach (var (field, boost) in targets)
        {
            if (fields.ForText(field, text.Text, boost) is { } query)
            {
                disjuncts.Add(query);
            }
            else
            {
                droppedByALanguage |= field is not (ArticleFields.TitleNeutral or ArticleFields.BodyNeutral);
            }
        }

        var common = droppedByALanguage && HasLetterOrDigit(text.Text);
        SawCommonWords |= common;
        SawContentWords |= !common && disjuncts.Count > 0;
        if (common && literalStopWords)
        {
            AddLiterals(text, targets, disjuncts);
        }

        if (!common)
        {
            AddSpellings(vocabulary.SpellingsOf(text.Text), targets, disjuncts, typed: text.Text);
        }

        var result = Disjunction(disjuncts);
        if (common && result is not null)
        {
            commonWordQueries.Add(result);
        }

        return result;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddLiterals(TextNode text, (string Field, float Boost)[] targets, List<Query> disjuncts)
    {
        foreach (var (field, boost) in targets)
        {
            if (field is ArticleFields.TitleNeutral or ArticleFields.BodyNeutral)
            {
                var literal = text.IsPhrase ? PhraseOfWords(field, text.Text, boost) : FieldQueryFactory.Literal(field, text.Text, boost);
                if (!disjuncts.Contains(literal))
                {
                    disjuncts.Add(literal);
                }
            }
        }
    }

    private static PhraseQuery PhraseOfWords(string field, string text, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            phrase.Add(new Term(field, word.ToLowerInvariant()));
        }

        return phrase;
    }

    private void AddSpellings(IReadOnlyList<string> spellings, (string Field, float Boost)[] targets, List<Query> disjuncts, string? typed = null)
    {
        if (spellings.Count == 0)
        {
            return;
        }

        // Spellings differing only in inflection analyze to the same query: keep one.
        var seen = new HashSet<Query>(disjuncts);
        var typedKey = typed is null ? null : VocabularySpellings.Key(typed);
        foreach (var spelling in spellings)
        {
            if (typedKey is not null && string.Equals(VocabularySpellings.Key(spelling), typedKey, StringComparison.Ordinal))
            {
                // The typed word is already searched at full weight.
                continue;
            }

            foreach (var (field, boost) in targets)
            {
                if (fields.ForText(field, spelling, boost * ExpansionBoost, perPosition: true) is { } query && seen.Add(query))
                {
                    disjuncts.Add(query);
                }
            }
        }
    }

    private static Query? Disjunction(List<Query> disjuncts) => disjuncts.Count switch
    {
        0 => null,
        1 => disjuncts[0],
        _ => new DisjunctionMaxQuery(disjuncts, FieldTie),
    };

    private Query? BuildGroup(GroupNode group)
    {
        var outer = new BooleanQuery();
        var optional = new List<Query>();
        var requiresWords = false;
        foreach (var (modifier, node) in group.Clauses)
        {
            if (Build(node) is not { } query)
            {
                continue;
            }

            if (modifier == ClauseModifier.Excluded)
            {
                outer.Add(query, Occur.MUST_NOT);
            }
            else if (modifier == ClauseModifier.Required || group.Kind == GroupKind.All)
            {
                outer.Add(query, Occur.MUST);
                requiresWords |= !node.IsFilter;
            }
            else if (node.IsFilter && group.Kind == GroupKind.Sequence)
            {
                // "talks country:China" means talks, in China: a filter beside words narrows, it is not one more option.
                outer.Add(query, Occur.MUST);
            }
            else
            {
                optional.Add(query);
            }
        }

        var windows = group.Kind == GroupKind.Sequence ? VocabularyWindows(group) : [];
        AddOptional(outer, optional, windows, group.Kind == GroupKind.Sequence, requiresWords);
        return Finish(outer);
    }

    private void AddOptional(BooleanQuery outer, List<Query> optional, List<Query> windows, bool coordinate, bool requiresWords)
    {
        if (optional.Count + windows.Count == 0)
        {
            return;
        }

        // Beside filters or exclusions the optional words become one required group, so at least one of them matches;
        // beside explicit +required words they stay optional, as in Lucene's own syntax.
        var target = outer.Clauses.Count == 0 ? outer : new BooleanQuery();
        foreach (var query in optional)
        {
            target.Add(query, Occur.SHOULD);
        }

        foreach (var query in windows)
        {
            target.Add(query, Occur.SHOULD);
        }

        var meaningful = optional.FindAll(query => !commonWordQueries.Contains(query));
        if (coordinate && meaningful.Count >= 2)
        {
            var all = new BooleanQuery(disableCoord: true) { Boost = CoordinationBoost };
            foreach (var query in meaningful)
            {
                all.Add(query, Occur.MUST);
            }

            target.Add(all, Occur.SHOULD);
        }

        if (!ReferenceEquals(target, outer))
        {
            outer.Add(Finish(target)!, requiresWords ? Occur.SHOULD : Occur.MUST);
        }
    }

    /// <summary>Runs of two or three plain words naming a vocabulary entry ("Wang Yi") add all its spellings as an option.</summary>
    private List<Query> VocabularyWindows(GroupNode group)
    {
        var windows = new List<Query>();
        var clauses = group.Clauses;
        for (var start = 0; start < clauses.Count - 1; start++)
        {
            for (var length = Math.Min(3, clauses.Count - start); length >= 2; length--)
            {
                if (WindowText(clauses, start, length) is { } text && vocabulary.SpellingsOf(text) is { Count: > 0 } spellings)
                {
                    var targets = ((TextNode)clauses[start].Node).TitleOnly ? TitleFields : AllFields;
                    var disjuncts = new List<Query>();
                    AddSpellings(spellings, targets, disjuncts);
                    if (Disjunction(disjuncts) is { } window)
                    {
                        windows.Add(window);
                    }

                    start += length - 1;
                    break;
                }
            }
        }

        return windows;
    }

    private static string? WindowText(IReadOnlyList<QueryClause> clauses, int start, int length)
    {
        var words = new string[length];
        bool? titleOnly = null;
        for (var i = 0; i < length; i++)
        {
            var clause = clauses[start + i];
            if (clause.Modifier != ClauseModifier.None || clause.Node is not TextNode { IsPlainWord: true } word
                || (titleOnly is { } scope && scope != word.TitleOnly))
            {
                return null;
            }

            titleOnly = word.TitleOnly;
            words[i] = word.Text;
        }

        return string.Join(' ', words);
    }

    private static Query? Finish(BooleanQuery query)
    {
        var clauses = query.Clauses;
        if (clauses.Count == 0)
        {
            return null;
        }

        if (clauses.All(clause => clause.Occur == Occur.MUST_NOT))
        {
            // Lucene matches nothing with exclusions alone; "NOT Blinken" means every article but those.
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else if (clauses.Count == 1 && query.Boost == 1f)
        {
            return clauses[0].Query;
        }

        return query;
    }
}
