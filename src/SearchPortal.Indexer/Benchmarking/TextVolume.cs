using System.Text;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>Counts the UTF-8 bytes of title + text of the articles read, the volume the peers harness divides by build time.</summary>
internal sealed class TextVolume
{
    public long Bytes { get; private set; }

    /// <summary>Passes the records through, counting the articles among them as they go by.</summary>
    public IEnumerable<IngestRecord> Count(IEnumerable<IngestRecord> records)
    {
        foreach (var record in records)
        {
            if (record.Article is { } article)
            {
                Bytes += Encoding.UTF8.GetByteCount(article.Title) + Encoding.UTF8.GetByteCount(article.Text);
            }

            yield return record;
        }
    }
}
