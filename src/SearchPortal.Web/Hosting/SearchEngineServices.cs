using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Hosting;

/// <summary>Registers the search engine over the live index: one vocabulary, one analyzer, one index that follows generation switches, one searcher, the portal's search policy and its result cache.</summary>
public static class SearchEngineServices
{
    public static IServiceCollection AddSearchEngine(this IServiceCollection services)
    {
        services.AddSingleton(provider => LoadVocabulary(provider.GetRequiredService<PortalPaths>()));
        services.AddSingleton<ArticleAnalyzer>();
        services.AddSingleton(provider => new ArticleIndex(provider.GetRequiredService<PortalPaths>().Index));
        services.AddSingleton<IArticleSearch>(provider => new ArticleSearcher(
            provider.GetRequiredService<ArticleIndex>(),
            provider.GetRequiredService<FacetVocabulary>(),
            provider.GetRequiredService<ArticleAnalyzer>()));
        services.AddSingleton<IndexVersion>();
        services.AddSingleton<SearchResultCache>();
        services.AddSingleton<PortalSearch>();
        return services;
    }

    private static FacetVocabulary LoadVocabulary(PortalPaths paths) =>
        paths.Vocabulary is { } file ? FacetVocabulary.Load(file) : FacetVocabulary.LoadDefault();
}
