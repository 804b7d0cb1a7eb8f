using Microsoft.Extensions.Options;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Looks for a new index generation or commit at the configured interval, in the background: opening a generation and
/// warming its facet data is paid here, not by the first request after a switch. Failures are logged by the index and
/// reported by /health; the previous generation keeps serving.
/// </summary>
public sealed class IndexRefresher(ArticleIndex index, IOptions<SearchPortalOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                index.Refresh();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A host that failed to start (a busy port) is disposed without being stopped: its token cancels here.
        }
    }
}
