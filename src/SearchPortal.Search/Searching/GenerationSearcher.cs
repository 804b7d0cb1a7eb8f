using Lucene.Net.Search;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Storage;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The SearcherManager of one generation, reference-counted: the ArticleIndex holds one reference while the generation is
/// live and each lease holds one, so the manager and its directory close only after the last lease of a retired generation.
/// </summary>
internal sealed class GenerationSearcher
{
    private readonly MappedFileDirectory directory;
    private int references = 1;

    private GenerationSearcher(string generation, MappedFileDirectory directory, SearcherManager manager)
    {
        Generation = generation;
        this.directory = directory;
        Manager = manager;
    }

    public string Generation { get; }

    public SearcherManager Manager { get; }

    /// <summary>
    /// Opens a generation directory through our own memory-mapped reads: not FSDirectory.Open, which would pick
    /// Lucene.Net's slow MMapDirectory (LUCENENET #1151), nor NIOFS, whose system call per 1 KB read doubled query times.
    /// </summary>
    public static GenerationSearcher Open(string generation, string path, FacetOrdinalCache facets)
    {
        var directory = new MappedFileDirectory(new DirectoryInfo(path));
        try
        {
            return new GenerationSearcher(generation, directory, new SearcherManager(directory, new ArticleSearcherFactory(facets)));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Takes a reference unless the generation has already been closed.</summary>
    public bool TryAddReference()
    {
        while (true)
        {
            var current = Volatile.Read(ref references);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void RemoveReference()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            Manager.Dispose();
            directory.Dispose();
        }
    }
}
