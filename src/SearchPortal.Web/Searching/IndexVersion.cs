using Lucene.Net.Index;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Searching;

/// <summary>Names what the live index currently holds: its generation and the commit it reads, so cached answers can tell they are stale.</summary>
public sealed class IndexVersion(ArticleIndex index)
{
    /// <summary>
    /// "generation/version" of the searcher a request would get now. The version changes with every commit an in-place
    /// update adds, the generation with every rebuild switched in.
    /// </summary>
    /// <exception cref="IndexNotFoundException">The root holds no index.</exception>
    public string Current()
    {
        using var lease = index.Lease();
        var version = lease.Searcher.IndexReader is DirectoryReader reader ? reader.Version : 0;
        return lease.Generation + "/" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
