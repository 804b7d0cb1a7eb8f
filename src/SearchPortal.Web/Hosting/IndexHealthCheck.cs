using Microsoft.Extensions.Diagnostics.HealthChecks;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Hosting;

/// <summary>Healthy when the index answers a search; reports how many articles it holds.</summary>
public sealed class IndexHealthCheck(IArticleSearch search) : IHealthCheck
{
    private static readonly SearchRequest Probe =
        new("", new Dictionary<string, IReadOnlyList<string>>(), SearchSort.Relevance, Page: 1, PageSize: 1, Snippets: false, FacetTopN: 1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = search.Search(Probe);
            return Task.FromResult(HealthCheckResult.Healthy($"{response.Total} articles"));
        }
        catch (Exception exception) when (exception is IndexNotFoundException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The index cannot be searched.", exception));
        }
    }
}
