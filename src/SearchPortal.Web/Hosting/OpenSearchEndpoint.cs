using System.Xml.Linq;
using SearchPortal.Web.Api;
using SearchPortal.Web.Export;

namespace SearchPortal.Web.Hosting;

/// <summary>Serves /opensearch.xml so browsers can add the archive as a search engine.</summary>
public static class OpenSearchEndpoint
{
    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    public static IEndpointRouteBuilder MapOpenSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/opensearch.xml", (HttpRequest request) =>
        {
            var origin = $"{request.Scheme}://{request.Host}";
            var description = new XElement(
                OpenSearch + "OpenSearchDescription",
                new XElement(OpenSearch + "ShortName", "CA Diplomacy"),
                new XElement(OpenSearch + "Description", "Search the Central Asia diplomacy news archive"),
                new XElement(OpenSearch + "InputEncoding", "UTF-8"),
                new XElement(
                    OpenSearch + "Url",
                    new XAttribute("type", "text/html"),
                    new XAttribute("method", "get"),
                    new XAttribute("template", origin + "/?q={searchTerms}")),
                new XElement(
                    OpenSearch + "Url",
                    new XAttribute("type", ApiEndpoints.SuggestionsMediaType),
                    new XAttribute("method", "get"),
                    new XAttribute("template", origin + "/api/suggest/opensearch?q={searchTerms}")),
                new XElement(
                    OpenSearch + "Url",
                    new XAttribute("type", AtomFeed.MediaType),
                    new XAttribute("method", "get"),
                    new XAttribute("template", origin + ExportLinks.AtomPath + "?q={searchTerms}")));
            return Results.Text(XmlDeclaration + description, "application/opensearchdescription+xml; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
