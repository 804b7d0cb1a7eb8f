using System.Globalization;
using System.Text;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Searching;

/// <summary>Everything a result list depends on, as carried in the URL: query, filters, sort, page, page size, expanded facet.</summary>
/// <param name="Filters">Selected values per dimension; only dimensions with a selection are present.</param>
/// <param name="Sort">The order asked for; null for the default (relevance with a query, newest first without).</param>
/// <param name="More">The facet dimension whose full list of values is shown, or null.</param>
/// <param name="Mentions">Whether country, format and official filters and counts take in articles that only mention a
/// value (URL mentions=1); by default they find the articles about it.</param>
/// <param name="Translate">Whether query words also search their German or English translations (URL translate=0 turns it off).</param>
public sealed record SearchState(
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    SearchSort? Sort,
    int Page,
    int Size,
    string? More,
    bool Mentions = false,
    bool Translate = true)
{
    /// <summary>The URL parameter of <see cref="Translate"/>.</summary>
    public const string TranslateParameter = "translate";

    /// <summary>The URL parameter of <see cref="Mentions"/>.</summary>
    public const string MentionsParameter = "mentions";

    public const int DefaultSize = 10;

    /// <summary>The largest page a URL may ask for (size=1 to 100); the page offers <see cref="Sizes"/>.</summary>
    public const int MaxSize = 100;

    /// <summary>The page sizes the results toolbar offers.</summary>
    public static readonly IReadOnlyList<int> Sizes = [10, 20, 50];

    public static readonly SearchState Empty = new("", new Dictionary<string, IReadOnlyList<string>>(), null, 1, DefaultSize, null);

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public bool HasFilters => Filters.Values.Any(values => values.Count > 0);

    public SearchSort EffectiveSort => Sort ?? (HasQuery ? SearchSort.Relevance : SearchSort.Newest);

    public IReadOnlyList<string> Selected(string dimension) =>
        Filters.TryGetValue(dimension, out var values) ? values : [];

    public bool IsSelected(string dimension, string value) => Selected(dimension).Contains(value, StringComparer.Ordinal);

    /// <summary>The engine request for this state: every word required, like a web search engine, else any of them.</summary>
    public SearchRequest ToRequest(int facetTopN) =>
        new(Query, Filters, MatchMode.AllWordsThenAny, EffectiveSort, Page, Size, Snippets: true, FacetTopN: facetTopN) { Mentions = Mentions, Translate = Translate };

    /// <summary>Selects the value if unselected, unselects it otherwise; back to page 1.</summary>
    public SearchState Toggle(string dimension, string value) =>
        IsSelected(dimension, value) ? Without(dimension, value) : WithFilter(dimension, Selected(dimension).Append(value).ToList());

    /// <summary>
    /// This state narrowed to the articles that also have <paramref name="value"/>, every other filter kept; back to page
    /// 1. A dimension without a selection gains the value as its filter; one with a selection (whose values are OR-ed)
    /// gains it as a field clause of the query (country:"Kazakhstan"), which is AND-ed. Null when the state already
    /// selects only that value, or the value cannot be written as a clause.
    /// </summary>
    public SearchState? Narrowed(string dimension, string value)
    {
        var selected = Selected(dimension);
        if (selected.Count == 0)
        {
            return WithFilter(dimension, [value]);
        }

        var clause = dimension + ":\"" + value + "\"";
        if ((selected.Count == 1 && selected[0] == value) || value.Contains('"', StringComparison.Ordinal) || Query.Contains(clause, StringComparison.Ordinal))
        {
            return null;
        }

        return WithQuery(HasQuery ? Query + " " + clause : clause);
    }

    public SearchState Without(string dimension, string value) =>
        WithFilter(dimension, Selected(dimension).Where(v => !string.Equals(v, value, StringComparison.Ordinal)).ToList());

    /// <summary>
    /// This state with the filters as the engine applied them (canonical values: "Kasachstan" read as Kazakhstan), so
    /// that selections, chips and every link speak of the values the facet list shows. The page stays as asked.
    /// </summary>
    public SearchState WithAppliedFilters(IReadOnlyDictionary<string, IReadOnlyList<string>> applied)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in FacetDimension.All)
        {
            if (applied.TryGetValue(dimension, out var values) && values.Count > 0)
            {
                filters[dimension] = values;
            }
        }

        return this with { Filters = filters };
    }

    public SearchState WithoutFilters() => this with { Filters = new Dictionary<string, IReadOnlyList<string>>(), Page = 1 };

    public SearchState WithQuery(string query) => this with { Query = query, Page = 1 };

    public SearchState WithPage(int page) => this with { Page = page };

    public SearchState WithSort(SearchSort sort) => this with { Sort = sort, Page = 1 };

    public SearchState WithSize(int size) => this with { Size = size, Page = 1 };

    public SearchState WithMore(string? dimension) => this with { More = dimension };

    /// <summary>This state with filters widened to mentions or narrowed back to the articles about a value; back to page 1.</summary>
    public SearchState WithMentions(bool mentions) => this with { Mentions = mentions, Page = 1 };

    /// <summary>This state with query translation on or off; back to page 1.</summary>
    public SearchState WithTranslate(bool translate) => this with { Translate = translate, Page = 1 };

    /// <summary>The URL of this state under <paramref name="path"/>, leaving out every default so links stay short.</summary>
    public string ToUrl(string path = "/")
    {
        var query = new StringBuilder();
        foreach (var (name, value) in Parameters())
        {
            query.Append(query.Length > 0 ? "&" : "").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>The URL parameters of this state in URL order, defaults left out: for links, and for the hidden fields
    /// of the forms that change one part of it (the year range, a facet's value search).</summary>
    public IEnumerable<(string Name, string Value)> Parameters()
    {
        if (HasQuery)
        {
            yield return ("q", Query);
        }

        foreach (var dimension in FacetDimension.All)
        {
            foreach (var value in Selected(dimension))
            {
                yield return (dimension, value);
            }
        }

        if (Mentions)
        {
            yield return (MentionsParameter, "1");
        }

        if (!Translate)
        {
            yield return (TranslateParameter, "0");
        }

        if (Sort is { } sort)
        {
            yield return ("sort", SortNames.Name(sort));
        }

        if (Size != DefaultSize)
        {
            yield return ("size", Size.ToString(CultureInfo.InvariantCulture));
        }

        if (Page != 1)
        {
            yield return ("page", Page.ToString(CultureInfo.InvariantCulture));
        }

        if (More is not null)
        {
            yield return ("more", More);
        }
    }

    /// <summary>This state with <paramref name="dimension"/>'s selection replaced by <paramref name="values"/>; back to page 1.</summary>
    public SearchState WithSelection(string dimension, IReadOnlyList<string> values) => WithFilter(dimension, values);

    private SearchState WithFilter(string dimension, IReadOnlyList<string> values)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(Filters, StringComparer.Ordinal);
        if (values.Count == 0)
        {
            filters.Remove(dimension);
        }
        else
        {
            filters[dimension] = values;
        }

        return this with { Filters = filters, Page = 1 };
    }
}
