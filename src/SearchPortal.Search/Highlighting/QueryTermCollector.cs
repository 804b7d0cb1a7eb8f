using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Walks a query tree and gathers the terms worth marking, grouped by search field.</summary>
internal sealed class QueryTermCollector
{
    // Bounds highlighting work for prefixes matching thousands of index terms: each marked term is looked up in the
    // postings of every hit, so the bound is per field over the whole query ("ka* pr* co* st*..." shares it), not per prefix.
    internal const int MaxExpandedTermsPerField = 256;

    // Rewrites can in principle produce new, equal queries forever; real trees are only a few levels deep.
    private const int MaxDepth = 32;

    private static readonly HashSet<string> SearchFields = new(ArticleFields.SearchFields, StringComparer.Ordinal);

    // The spelling keys a name query also searches (Bakiev finds Bakiyev): marked where the key chain finds them in the text.
    private static readonly HashSet<string> MarkedFields = new([.. ArticleFields.SearchFields, ArticleFields.NameKey], StringComparer.Ordinal);

    private readonly IndexReader reader;
    private readonly Dictionary<string, FieldTermsBuilder> byField = new(StringComparer.Ordinal);
    private readonly HashSet<Term> extracted = [];
    private readonly Dictionary<string, int> expandedByField = new(StringComparer.Ordinal);

    public QueryTermCollector(IndexReader reader) => this.reader = reader;

    public Dictionary<string, FieldTermsBuilder> Collect(Query query)
    {
        Visit(query, 0);
        return byField;
    }

    private void Visit(Query query, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    // A prohibited word is absent from the hit, or present only where it did not count: never mark it.
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        Visit(clause.Query, depth + 1);
                    }
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Visit(disjunct, depth + 1);
                }

                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Visit(constant.Query, depth + 1);
                break;
            case FilteredQuery filtered:
                Visit(filtered.Query, depth + 1);
                break;
            case MultiTermQuery multiTerm:
                Expand(multiTerm, depth);
                break;
            case PhraseQuery { Slop: 0 } phrase when phrase.GetTerms().Length > 1:
                AddPhrase(phrase.GetTerms()[0].Field, [.. phrase.GetTerms().Select(t => (IReadOnlyList<Term>)[t])], phrase.GetPositions());
                break;
            case MultiPhraseQuery { Slop: 0 } phrase when phrase.GetTermArrays().Count > 1:
                AddPhrase(phrase.GetTermArrays()[0][0].Field, [.. phrase.GetTermArrays()], phrase.GetPositions());
                break;
            case TermQuery or PhraseQuery or MultiPhraseQuery:
                Extract(query);
                break;
            default:
                var rewritten = query.Rewrite(reader);
                if (ReferenceEquals(rewritten, query))
                {
                    Extract(query);
                }
                else
                {
                    Visit(rewritten, depth + 1);
                }

                break;
        }
    }

    // The parser's constant-score rewrite turns a prefix query into a filter that carries no terms, so a copy is
    // rewritten into a boolean query of its first index terms instead.
    private void Expand(MultiTermQuery query, int depth)
    {
        if (!SearchFields.Contains(query.Field))
        {
            return;
        }

        var left = MaxExpandedTermsPerField - expandedByField.GetValueOrDefault(query.Field);
        if (left <= 0)
        {
            return;
        }

        var copy = (MultiTermQuery)query.Clone();
        copy.MultiTermRewriteMethod = new FirstTermsRewrite(left);
        var expanded = copy.Rewrite(reader);
        expandedByField[query.Field] = MaxExpandedTermsPerField - left + ((expanded as BooleanQuery)?.Clauses.Count ?? 1);
        Visit(expanded, depth + 1);
    }

    private void Extract(Query query)
    {
        extracted.Clear();
        try
        {
            query.ExtractTerms(extracted);
        }
        catch (NotSupportedException)
        {
            // Span, function and other exotic queries do not expose terms; they simply contribute no marks.
            return;
        }

        // Only a sloppy phrase gets here (the parser makes none): its words are marked on their own, but not its stop
        // words, which would light up every "of" in the text.
        var inPhrase = query is PhraseQuery or MultiPhraseQuery && extracted.Count > 1;
        foreach (var term in extracted)
        {
            if (MarkedFields.Contains(term.Field) && !(inPhrase && IsStopWord(term.Text)))
            {
                Field(term.Field).AddWord(term.Text);
            }
        }
    }

    // An exact phrase ("Republic of Kazakhstan", from vocabulary expansion) is marked only where its words stand at
    // their distances; the stop words that the neutral fields keep inside it must be there but are not marked.
    private void AddPhrase(string field, IReadOnlyList<IReadOnlyList<Term>> slots, int[] positions)
    {
        if (!SearchFields.Contains(field))
        {
            return;
        }

        var texts = new IReadOnlyList<string>[slots.Count];
        for (var s = 0; s < slots.Count; s++)
        {
            texts[s] = [.. slots[s].Select(t => t.Text)];
        }

        Field(field).AddPhrase(texts, positions, IsStopWord);
    }

    private FieldTermsBuilder Field(string field)
    {
        if (!byField.TryGetValue(field, out var terms))
        {
            byField[field] = terms = new FieldTermsBuilder();
        }

        return terms;
    }

    private static bool IsStopWord(string word) =>
        EnglishAnalyzer.DefaultStopSet.Contains(word) || GermanAnalyzer.DefaultStopSet.Contains(word);
}
