using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SearchPortal.Search.Json;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Export;

/// <summary>
/// /export.csv and /export.jsonl (every hit of a search, streamed, up to SearchPortal:MaxExportHits) and /feed.atom
/// (its newest hits), reading the search page's own parameters. Bad parameters get a 400 problem naming the parameter.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>The whole number of matching articles, sent with every export.</summary>
    public const string TotalHeader = "X-Total-Count";

    /// <summary>How many hits the export holds: the total, cut at SearchPortal:MaxExportHits.</summary>
    public const string ExportedHeader = "X-Exported-Count";

    // Written to the client every so many lines, so a long export reaches it steadily without holding it all.
    private const int FlushEvery = 200;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportLinks.CsvPath, (HttpContext context, IArticleSearch search, IOptions<SearchPortalOptions> options) =>
            Download(context, search, options.Value, "text/csv; charset=utf-8; header=present", "csv", CsvText.Line(ExportRecord.Columns), ExportRecord.CsvLine))
            .ExcludeFromDescription();
        endpoints.MapGet(ExportLinks.JsonLinesPath, (HttpContext context, IArticleSearch search, IOptions<SearchPortalOptions> options) =>
            Download(context, search, options.Value, "application/jsonl; charset=utf-8", "jsonl", null, hit => ExportRecord.Json(hit).ToJsonString()))
            .ExcludeFromDescription();
        endpoints.MapGet(ExportLinks.AtomPath, Feed).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task Download(
        HttpContext context, IArticleSearch search, SearchPortalOptions options, string contentType, string extension, string? header, Func<ExportHit, string> line)
    {
        var reading = SearchStateReader.Read(context.Request.Query, options);
        if (reading.Error is { } error)
        {
            await error.ToProblem(context).ExecuteAsync(context);
            return;
        }

        using var export = search.Export(reading.State!.ToRequest(facetTopN: 0), options.MaxExportHits);
        var response = context.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"search.{extension}\"";
        response.Headers[TotalHeader] = export.Total.ToString(CultureInfo.InvariantCulture);
        response.Headers[ExportedHeader] = export.Count.ToString(CultureInfo.InvariantCulture);
        await using var writer = new StreamWriter(response.Body, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        if (header is not null)
        {
            await writer.WriteAsync(header + "\r\n");
        }

        var written = 0;
        foreach (var hit in export.Hits())
        {
            context.RequestAborted.ThrowIfCancellationRequested();
            await writer.WriteAsync(line(hit));
            await writer.WriteAsync(header is null ? "\n" : "\r\n");
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(context.RequestAborted);
            }
        }

        await writer.FlushAsync(context.RequestAborted);
    }

    private static IResult Feed(HttpContext context, IArticleSearch search, IOptions<SearchPortalOptions> options)
    {
        var reading = SearchStateReader.Read(context.Request.Query, options.Value);
        if (reading.Error is { } error)
        {
            return error.ToProblem(context);
        }

        var state = reading.State! with { Sort = SearchSort.Newest, Page = 1, Size = AtomFeed.Entries, More = null };
        var request = state.ToRequest(facetTopN: 0) with { FacetDimensions = [], SnippetsPerHit = 1, SuggestCorrections = false };
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var feed = AtomFeed.Of(reading.State!, search.Search(request), origin);
        return Results.Text(feed.Declaration + "\n" + feed.Root, AtomFeed.MediaType + "; charset=utf-8");
    }
}
