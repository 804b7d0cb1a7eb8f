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
        if (HasQuery)
        {
            Append(query, "q", Query);
        }

        foreach (var dimension in FacetDimension.All)
        {
            foreach (var value in Selected(dimension))
            {
                Append(query, dimension, value);
            }
        }

        if (Mentions)
        {
            Append(query, MentionsParameter, "1");
        }

        if (!Translate)
        {
            Append(query, TranslateParameter, "0");
        }

        if (Sort is { } sort)
        {
            Append(query, "sort", SortNames.Name(sort));
        }

        if (Size != DefaultSize)
        {
            Append(query, "size", Size.ToString(CultureInfo.InvariantCulture));
        }

        if (Page != 1)
        {
            Append(query, "page", Page.ToString(CultureInfo.InvariantCulture));
        }

        if (More is not null)
        {
            Append(query, "more", More);
        }

        return query.Length == 0 ? path : path + "?" + query;
    }

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

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
