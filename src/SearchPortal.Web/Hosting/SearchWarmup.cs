using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Runs a few searches of each kind as the portal starts, before it takes requests: the first reader's search would
/// otherwise pay for loading the translation table and compiling the engine's paths (0.7 s on a fresh portal, tens of
/// milliseconds after). Asks the engine itself, past the result cache, so no reader is served a warm-up answer.
/// </summary>
public sealed class SearchWarmup([FromKeyedServices(SearchResultCache.EngineKey)] IArticleSearch engine, ILogger<SearchWarmup> logger)
    : IHostedService
{
    // A German word translated to English, an English phrase, a misspelt name (spelling key, did-you-mean), a prefix.
    private static readonly string[] Queries = ["Gipfel", "foreign minister", "Tokaev", "Kazakh*"];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var query in Queries)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                engine.Search(SearchRequest.For(query, MatchMode.AllWordsThenAny));
            }
            catch (Exception ex) when (ex is NoIndexException or IndexCorruptException)
            {
                // No index yet, or a broken one: /health and the pages say so; there is nothing to warm.
                logger.LogDebug("Search warm-up skipped: {Reason}", ex.Message);
                break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Warming is a courtesy to the first reader: an index it cannot read must not keep the portal from starting.
                logger.LogWarning(ex, "Search warm-up stopped");
                break;
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
