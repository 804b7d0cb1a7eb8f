using SearchPortal.Core.Ingestion;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>rebuild: a complete new index generation beside the live one, switched in atomically when it is whole and checked.</summary>
internal sealed class RebuildCommand(CliContext context) : IndexingCommand(context)
{
    public const string Description =
        "Build a complete new index from the sources beside the live one and switch to it atomically. " +
        "A failed or interrupted rebuild leaves the previous index serving.";

    protected override int Index(IndexLocation location, IEnumerable<IngestRecord> records, ArchiveServices services, CancellationToken cancellation)
    {
        using var analyzer = new ArticleAnalyzer();
        var report = new IndexRebuilder(location, analyzer).Rebuild(records, services.Annotator.Annotate, null, cancellation);
        new IndexingSummaryPrinter(Context.Console).Print(report);
        return report.Skipped.Count;
    }
}
