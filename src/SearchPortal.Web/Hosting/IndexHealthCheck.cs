using Microsoft.Extensions.Diagnostics.HealthChecks;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Healthy while a generation serves; Degraded when a newer one could not be switched in (with the reason); Unhealthy
/// without an index. Cheap enough to probe often: it reads what the index last published, and searches nothing.
/// </summary>
public sealed class IndexHealthCheck(ArticleIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failure = index.LastSwitchFailure;
        var serving = index.Version;
        if (index.Generation is null)
        {
            var reason = failure is null ? $"No index in {index.Location.RootPath} yet." : $"No index can be opened: {failure.Reason}.";
            return Task.FromResult(HealthCheckResult.Unhealthy(reason, failure?.Error));
        }

        var live = serving is null ? "Switching generations" : $"{serving.Articles} articles in generation {serving.Generation}";
        return Task.FromResult(failure is null
            ? HealthCheckResult.Healthy(live + ".")
            : HealthCheckResult.Degraded($"{live}; {failure.Reason}.", failure.Error));
    }
}
