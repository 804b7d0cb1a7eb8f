using Microsoft.Extensions.Options;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Registers the search engine over the live index: one vocabulary, one index kept current by a background
/// refresher, and the engine behind the result cache, which is what pages and API get as <see cref="IArticleSearch"/>.
/// </summary>
public static class SearchEngineServices
{
    public static IServiceCollection AddSearchEngine(this IServiceCollection services)
    {
        services.AddSingleton(provider => LoadVocabulary(provider.GetRequiredService<PortalPaths>()));
        services.AddSingleton(provider => new ArticleIndex(
            provider.GetRequiredService<PortalPaths>().Index,
            provider.GetRequiredService<ILogger<ArticleIndex>>()));
        services.AddHostedService<IndexRefresher>();
        services.AddHostedService<SearchWarmup>();
        services.AddKeyedSingleton<IArticleSearch>(SearchResultCache.EngineKey, (provider, _) => new ArticleSearcher(
            provider.GetRequiredService<ArticleIndex>(),
            provider.GetRequiredService<FacetVocabulary>())
        {
            CollectionBudget = provider.GetRequiredService<IOptions<SearchPortalOptions>>().Value.SearchBudget,
        });
        services.AddHttpContextAccessor();
        services.AddSingleton<SearchResultCache>();
        services.AddSingleton<IArticleSearch>(provider => provider.GetRequiredService<SearchResultCache>());
        return services;
    }

    private static FacetVocabulary LoadVocabulary(PortalPaths paths) =>
        paths.Vocabulary is { } file ? FacetVocabulary.Load(file) : FacetVocabulary.LoadDefault();
}
