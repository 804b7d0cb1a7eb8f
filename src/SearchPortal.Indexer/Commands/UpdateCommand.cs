using SearchPortal.Core.Ingestion;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>update: brings the live index in line with the sources by id and content hash.</summary>
internal sealed class UpdateCommand(CliContext context) : IndexingCommand(context)
{
    public const string Description =
        "Update the live index incrementally: add new articles, replace changed ones (by content hash), remove vanished ones. " +
        "An article whose file could not be read this time is kept.";

    protected override int Index(IndexLocation location, IEnumerable<IngestRecord> records, ArchiveServices services, CancellationToken cancellation)
    {
        using var analyzer = new ArticleAnalyzer();
        var report = new IndexUpdater(location, analyzer).Update(records, services.Annotator.Annotate, null, cancellation);
        new IndexingSummaryPrinter(Context.Console).Print(report);
        return report.Skipped.Count;
    }
}
