using Lucene.Net.Search;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Querying.Syntax;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Querying;

/// <summary>
/// Turns the syntax tree into a Lucene query. Words side by side are OR-ed, plus one extra clause requiring all of
/// them, so articles with every word rank above those with some (BM25 has no coord factor to do it); facets become
/// constant-score filters. With <paramref name="requireAllWords"/> words side by side are AND-ed instead, except stop
/// words, which add to the score without narrowing.
/// </summary>
internal sealed class LuceneQueryBuilder(TextTermQueryBuilder texts, FacetVocabulary vocabulary, bool requireAllWords = false)
{
    /// <summary>Weight of the all-words clause: an article with every word scores about twice its summed word scores.</summary>
    public const float CoordinationBoost = 1f;

    /// <summary>Facet filters add a token score only: ranking stays driven by the words.</summary>
    public const float FilterBoost = 0.01f;

    public Query? Build(QueryNode node) => node switch
    {
        TextNode text => texts.Build(text),
        FacetNode facet => Filter(FacetFields.For(facet.Dimension).Matching([facet.Value])),
        YearNode year => Filter(FacetFields.Year.Range(year.From, year.To)),
        GroupNode group => BuildGroup(group),
        _ => null,
    };

    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = FilterBoost };

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
            else if (modifier == ClauseModifier.Required || group.Kind == GroupKind.All
                || (requireAllWords && group.Kind == GroupKind.Sequence && !texts.IsCommonWord(query)))
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
        AddOptional(outer, optional, windows, group.Kind == GroupKind.Sequence && !requireAllWords, requiresWords);
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

        var meaningful = optional.FindAll(query => !texts.IsCommonWord(query));
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
                    if (texts.BuildSpellings((TextNode)clauses[start].Node, spellings) is { } window)
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
