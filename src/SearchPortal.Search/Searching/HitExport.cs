using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Every hit of one search, up to a limit, read batch by batch from one generation of the index, so an export sees
/// one consistent state whatever a rebuild does meanwhile. Holds its index lease until disposed.
/// </summary>
public sealed class HitExport : IDisposable
{
    /// <summary>How many hits one pass over the index fetches: memory stays bounded whatever the limit.</summary>
    internal const int BatchSize = 1000;

    private static readonly ISet<string> UrlOnly = new HashSet<string>(StringComparer.Ordinal) { ArticleFields.Url };

    private readonly IndexLease lease;
    private readonly Query query;
    private readonly Sort sort;
    private int enumerated;

    internal HitExport(IndexLease lease, Query query, Sort sort, int total, int limit, MatchMode matched)
    {
        this.lease = lease;
        this.query = query;
        this.sort = sort;
        Total = total;
        Count = Math.Min(total, limit);
        Matched = matched;
    }

    /// <summary>How many articles match the search.</summary>
    public int Total { get; }

    /// <summary>How many hits <see cref="Hits"/> yields: the total, cut at the limit asked for.</summary>
    public int Count { get; }

    /// <summary>The match mode that answered (AnyWord when all words found nothing and the request allowed widening).</summary>
    public MatchMode Matched { get; }

    /// <summary>The hits in the request's order; can be enumerated once.</summary>
    /// <exception cref="InvalidOperationException">Enumerated a second time.</exception>
    public IEnumerable<ExportHit> Hits()
    {
        if (Interlocked.Exchange(ref enumerated, 1) != 0)
        {
            throw new InvalidOperationException("The hits of an export can be read once.");
        }

        return Read();
    }

    public void Dispose() => lease.Dispose();

    private IEnumerable<ExportHit> Read()
    {
        var searcher = lease.Searcher;
        var leaves = searcher.IndexReader.Leaves;
        ScoreDoc? after = null;
        var left = Count;
        while (left > 0)
        {
            // Each batch continues after the last hit of the one before, in the same sort, on the same reader.
            var batch = searcher.SearchAfter(after, query, null, Math.Min(BatchSize, left), sort, doDocScores: true, doMaxScore: false).ScoreDocs;
            if (batch.Length == 0)
            {
                yield break;
            }

            foreach (var scoreDoc in batch)
            {
                var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
                var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
                var hit = SearchHitReader.ReadHit(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase, score, []);
                var url = searcher.Doc(scoreDoc.Doc, UrlOnly).Get(ArticleFields.Url);
                yield return new ExportHit(hit, url, SearchHitReader.ReadMentions(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase, hit.Facets));
            }

            left -= batch.Length;
            after = batch[^1];
        }
    }
}
