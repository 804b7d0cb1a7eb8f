using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Highlighting;

/// <summary>The analyzed terms of a query, per field, that a highlighter marks in the text.</summary>
public sealed class QueryTerms
{
    private readonly Dictionary<string, HashSet<string>> byField;

    private QueryTerms(Dictionary<string, HashSet<string>> byField) => this.byField = byField;

    public static readonly QueryTerms None = new([]);

    /// <summary>Collects the terms of a query; the reader lets multi-term queries (prefix, wildcard) be expanded.</summary>
    public static QueryTerms From(Query query, IndexReader reader)
    {
        var terms = new HashSet<Term>();
        query.Rewrite(reader).ExtractTerms(terms);
        var byField = new Dictionary<string, HashSet<string>>();
        foreach (var term in terms)
        {
            if (!byField.TryGetValue(term.Field, out var set))
            {
                byField[term.Field] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(term.Text);
        }

        return new QueryTerms(byField);
    }

    public bool IsEmpty => byField.Count == 0;

    /// <summary>The terms to mark in text analyzed for <paramref name="field"/>.</summary>
    public IReadOnlySet<string> For(string field) =>
        byField.TryGetValue(field, out var set) ? set : (IReadOnlySet<string>)new HashSet<string>();
}
