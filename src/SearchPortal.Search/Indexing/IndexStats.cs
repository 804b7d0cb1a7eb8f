using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Indexing;

/// <summary>A summary of the live generation: size, segments, documents per language, most frequent facet values.</summary>
public sealed record IndexStats(
    string Generation,
    int Documents,
    int DeletedDocuments,
    IReadOnlyDictionary<string, int> Languages,
    long SizeBytes,
    int Segments,
    IReadOnlyList<FacetCounts> TopFacets,
    IReadOnlyList<string> Generations)
{
    /// <exception cref="NoIndexException">No generation has been switched in under the root.</exception>
    /// <exception cref="IndexPointerException">CURRENT is garbage or names a generation that does not exist.</exception>
    /// <exception cref="IndexCorruptException">The live generation cannot be read as an index.</exception>
    public static IndexStats Read(IndexLocation location, int topN = 10)
    {
        ArgumentNullException.ThrowIfNull(location);
        var (generation, path) = location.LiveGeneration();

        return LuceneFailures.Translated(path, () =>
        {
            using var directory = new NIOFSDirectory(new DirectoryInfo(path));
            using var reader = DirectoryReader.Open(directory);
            var census = IndexCensus.Take(reader, topN);
            var size = location.GenerationSize(generation);
            return new IndexStats(
                generation, reader.NumDocs, reader.NumDeletedDocs, census.Languages, size, reader.Leaves.Count, census.TopFacets, location.Generations());
        });
    }
}
