using SearchPortal.Core.Articles;

namespace SearchPortal.Core.Ingestion;

/// <summary>The outcome of reading one article from a source: the article, or the reason it was skipped.</summary>
/// <param name="Origin">Where it came from: a file path, or "path:line" for JSON Lines.</param>
/// <param name="Id">The article id when known, also for skipped records.</param>
public sealed record IngestRecord(string Origin, string? Id, Article? Article, string? SkipReason)
{
    public static IngestRecord Read(string origin, Article article) => new(origin, article.Id, article, null);

    public static IngestRecord Skipped(string origin, string? id, string reason) => new(origin, id, null, reason);

    public bool IsSkipped => Article is null;
}
