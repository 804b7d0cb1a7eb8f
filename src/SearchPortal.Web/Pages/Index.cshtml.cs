using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Presentation;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Pages;

/// <summary>The search page: one box, ranked hits with snippets, facets, sorting and paging, all from the URL.</summary>
public sealed class IndexModel(IArticleSearch search, DateDisplay dates, IOptions<SearchPortalOptions> options) : PageModel
{
    public SearchState State { get; private set; } = SearchState.Empty;

    public ParameterError? Error { get; private set; }

    public SearchResponse? Result { get; private set; }

    public IReadOnlyList<FacetPanel> Facets { get; private set; } = [];

    /// <summary>The search among a facet's values that the page was asked for without JavaScript (?facet=&amp;prefix=), or null.</summary>
    public FacetValueSearch? ValueSearch { get; private set; }

    /// <summary>The values <see cref="ValueSearch"/> found, most articles first.</summary>
    public IReadOnlyList<FacetCount> ValueMatches { get; private set; } = [];

    public DateDisplay Dates => dates;

    public int PageCount => Result is null || Result.Total == 0 ? 0 : Math.Min(options.Value.MaxPage, (Result.Total + State.Size - 1) / State.Size);

    /// <summary>True when the page asked for lies beyond the last page of a non-empty result.</summary>
    public bool IsPastEnd => Result is not null && Result.Total > 0 && Result.Hits.Count == 0;

    /// <summary>Few enough results that the reader may want to loosen the search.</summary>
    public bool FoundLittle => Result is not null && Result.Total < 3;

    public IActionResult OnGet()
    {
        var reading = SearchStateReader.Read(Request.Query, options.Value);
        if (reading.Error is not null)
        {
            return Refuse(reading.Error);
        }

        if (YearRangeForm.IsPresent(Request.Query))
        {
            if (YearRangeForm.Apply(Request.Query, reading.State!, out var ranged) is { } rangeError)
            {
                return Refuse(rangeError);
            }

            return Redirect(ranged.ToUrl());
        }

        if (Request.Query.ContainsKey(FacetValueSearch.DimensionParameter))
        {
            var dimension = Request.Query[FacetValueSearch.DimensionParameter].ToString();
            if (!FacetValueSearch.IsSearchable(dimension))
            {
                return Refuse(new ParameterError(FacetValueSearch.DimensionParameter, "facet must name a facet: " + string.Join(", ", Core.Facets.FacetDimension.Countable) + "."));
            }

            if (FacetValueSearch.ReadPrefix(Request.Query[FacetValueSearch.PrefixParameter], out var prefix) is { } prefixError)
            {
                return Refuse(prefixError);
            }

            ValueSearch = new FacetValueSearch(dimension, prefix);
        }

        Result = search.Search(reading.State!.ToRequest(FacetPanel.TopNFor(reading.State)));

        // The page speaks of the filters as the engine applied them rather than redirecting a misspelt URL to its
        // canonical form: only the engine knows the canonical value (a redirect would need a second resolver here, or
        // a second search), the API answers the same way without redirecting its clients, and a bookmarked
        // ?country=Kasachstan keeps working in one request.
        State = reading.State.WithAppliedFilters(Result.Filters);
        Facets = Result.Facets.Select(counts => FacetPanel.From(counts, State)).ToList();
        if (ValueSearch is { } valueSearch)
        {
            ValueMatches = search.FacetValues(valueSearch.Dimension, valueSearch.Prefix, FacetValueSearch.MaxMatches, State.Mentions);
        }

        return Page();
    }

    private PageResult Refuse(ParameterError error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
