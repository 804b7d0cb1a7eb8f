using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Indexing;
using SearchPortal.Web.Configuration;

namespace SearchPortal.Web.Hosting;

/// <summary>Builds the sample index before serving when the configured index folder holds none, so a fresh clone just runs.</summary>
public static partial class IndexPreparation
{
    public static WebApplication PrepareIndex(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<PortalPaths>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IndexPreparation).FullName!);
        var location = new IndexLocation(paths.Index);
        try
        {
            if (location.CurrentGenerationPath() is not null)
            {
                LogServing(logger, location.RootPath);
                return app;
            }
        }
        catch (IndexPointerException ex)
        {
            // The archive's generations may be intact: never overwrite them with the sample. /health says why nothing serves.
            LogBrokenPointer(logger, ex.Message);
            return app;
        }

        if (paths.SampleCorpus is null)
        {
            LogNoIndex(logger, location.RootPath);
            return app;
        }

        LogBuilding(logger, paths.SampleCorpus, location.RootPath);
        var vocabulary = app.Services.GetRequiredService<FacetVocabulary>();
        var pipeline = new IngestionPipeline(vocabulary);
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            var report = new IndexRebuilder(location) { Vocabulary = vocabulary }.Rebuild(pipeline.Sources.Read([paths.SampleCorpus], stopping), pipeline.Annotator.Annotate, null, stopping);
            LogBuilt(logger, report.Indexed, report.Skipped.Count, report.Generation);
        }
        catch (IndexBusyException)
        {
            // Another process (the indexer, or a second portal) is building it; the live index picks it up when switched in.
            LogBusy(logger, location.RootPath);
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the index in {IndexPath}")]
    private static partial void LogServing(ILogger logger, string indexPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Not building the sample index: {Problem}")]
    private static partial void LogBrokenPointer(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No index in {IndexPath} and no sample corpus configured: searches fail until an index is built")]
    private static partial void LogNoIndex(ILogger logger, string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "No index yet: building the sample index from {CorpusPath} into {IndexPath}")]
    private static partial void LogBuilding(ILogger logger, string corpusPath, string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample index built: {Indexed} articles, {Skipped} skipped, generation {Generation}")]
    private static partial void LogBuilt(ILogger logger, int indexed, int skipped, string generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another process is building the index in {IndexPath}; serving it once it is switched in")]
    private static partial void LogBusy(ILogger logger, string indexPath);
}
