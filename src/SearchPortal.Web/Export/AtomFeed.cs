using System.Globalization;
using System.Xml.Linq;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Presentation;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Export;

/// <summary>An Atom feed (RFC 4287) of a search's newest articles, to follow the search in a feed reader.</summary>
public static class AtomFeed
{
    /// <summary>How many of the newest hits the feed carries.</summary>
    public const int Entries = 50;

    public const string MediaType = "application/atom+xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // Atom requires a time on every entry; undated articles, listed last, get the earliest one a reader shows sensibly.
    private static readonly DateTimeOffset Undated = DateTimeOffset.UnixEpoch;

    /// <summary>The feed of <paramref name="state"/>'s search; <paramref name="response"/> holds its newest hits.</summary>
    public static XDocument Of(SearchState state, SearchResponse response, string origin)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(response);
        var updated = response.Hits.Select(Updated).DefaultIfEmpty(Undated).Max();
        var title = state.HasQuery ? $"{state.Query} · Central Asia Diplomacy Archive" : "Central Asia Diplomacy Archive: newest articles";
        var feed = new XElement(
            Atom + "feed",
            new XElement(Atom + "id", origin + ExportLinks.Atom(state)),
            new XElement(Atom + "title", title),
            new XElement(Atom + "subtitle", string.Create(CultureInfo.InvariantCulture, $"The newest of {response.Total:N0} matching articles.")),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Central Asia Diplomacy Archive")),
            Link("self", origin + ExportLinks.Atom(state), MediaType),
            Link("alternate", origin + (state with { Sort = SearchSort.Newest, Page = 1, More = null }).ToUrl(), "text/html"),
            response.Hits.Select(hit => Entry(hit, origin)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static XElement Entry(SearchHit hit, string origin)
    {
        var page = origin + ArticleLinks.Page(hit.Id);
        var entry = new XElement(
            Atom + "entry",
            new XElement(Atom + "id", page),
            new XElement(Atom + "title", hit.Title),
            new XElement(Atom + "updated", Stamp(Updated(hit))),
            Link("alternate", page, "text/html"));
        if (hit.Snippets.Count > 0)
        {
            entry.Add(new XElement(Atom + "summary", new XAttribute("type", "text"), string.Join(" ", hit.Snippets.Select(s => s.Text))));
        }

        if (hit.Source is { Length: > 0 } source)
        {
            entry.Add(new XElement(Atom + "source", new XElement(Atom + "title", source)));
        }

        return entry;
    }

    private static DateTimeOffset Updated(SearchHit hit) =>
        hit.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : Undated;

    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static XElement Link(string relation, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", relation), new XAttribute("href", href), new XAttribute("type", type));
}
