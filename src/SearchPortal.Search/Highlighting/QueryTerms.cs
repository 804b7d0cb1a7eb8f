using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>The analyzed terms of a query, per search field, that a highlighter marks in the text.</summary>
internal sealed class QueryTerms
{
    private readonly Dictionary<string, FieldTerms> byField;

    private QueryTerms(Dictionary<string, FieldTerms> byField)
    {
        this.byField = byField;
        Bodies = [.. BodyFieldOrder.Where(byField.ContainsKey).Select(field => (field, byField[field]))];
    }

    // The fields whose text snippets show; title terms are never marked. The name keys come last: their occurrences
    // are found by analysing the text (NameKeyOccurrences), as the key field has no offsets.
    private static readonly string[] BodyFieldOrder =
        [ArticleFields.BodyEnglish, ArticleFields.BodyGerman, ArticleFields.BodyNeutral, ArticleFields.NameKey];

    /// <summary>No terms at all: snippets fall back to the start of the text.</summary>
    public static readonly QueryTerms None = new([]);

    /// <summary>
    /// Collects the terms of a query in the analyzed search fields. Multi-term queries (prefix, wildcard, fuzzy) are
    /// expanded against <paramref name="reader"/> to real index terms; prohibited clauses and filter fields are skipped.
    /// </summary>
    public static QueryTerms From(Query query, IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reader);
        var collected = new QueryTermCollector(reader).Collect(query);
        if (collected.Count == 0)
        {
            return None;
        }

        var byField = new Dictionary<string, FieldTerms>(collected.Count, StringComparer.Ordinal);
        foreach (var (field, terms) in collected)
        {
            byField[field] = terms.Build();
        }

        return new QueryTerms(byField);
    }

    /// <summary>True when the query has no term in any search field.</summary>
    public bool IsEmpty => byField.Count == 0;

    /// <summary>The terms to mark in text analyzed for <paramref name="field"/>.</summary>
    public IReadOnlySet<string> For(string field) =>
        byField.TryGetValue(field, out var terms) ? terms.Set : FrozenSet<string>.Empty;

    /// <summary>The terms of one field in the form the matcher probes with token characters.</summary>
    internal FieldTerms? Lookup(string field) => byField.GetValueOrDefault(field);

    /// <summary>The body fields that have terms, in a fixed order, each with its terms; the name-key field last.</summary>
    internal IReadOnlyList<(string Field, FieldTerms Terms)> Bodies { get; }
}
