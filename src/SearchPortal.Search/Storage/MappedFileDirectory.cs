using Lucene.Net.Store;

namespace SearchPortal.Search.Storage;

/// <summary>
/// An FSDirectory that reads through memory maps, for searching. Lucene.Net 4.8's own MMapDirectory reads byte by byte
/// through a view accessor and is many times slower under load (LUCENENET #1151), and NIOFSDirectory pays a system
/// call (and an fstat) for every 1 KB refill, which was half the time of a typical query. Here a read is a load from
/// the page cache. Writing goes through FSDirectory's plain file output.
/// </summary>
internal sealed class MappedFileDirectory : FSDirectory
{
    public MappedFileDirectory(DirectoryInfo path)
        : base(path, null)
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = System.IO.Path.Combine(Directory.FullName, name);
        var file = MappedFile.Open(path);
        return new MappedIndexInput($"MappedIndexInput(path=\"{path}\")", file, 0, file.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = System.IO.Path.Combine(Directory.FullName, name);
        return new MappedSlicer(path, MappedFile.Open(path));
    }

    /// <summary>Hands out slices of one mapped compound file; the mapping lives until the slicer and every slice are disposed.</summary>
    private sealed class MappedSlicer(string path, MappedFile file) : IndexInputSlicer
    {
        private int disposed;

        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset > file.Length - length)
            {
                throw new ArgumentException($"slice {sliceDescription} [{offset}, +{length}) is outside {path} ({file.Length} bytes)");
            }

            file.AddOwner();
            return new MappedIndexInput($"MappedIndexInput({sliceDescription} in path=\"{path}\")", file, offset, length);
        }

        [Obsolete("Only for reading old 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref disposed, 1) == 0)
            {
                file.Release();
            }
        }
    }
}
