using System.IO.MemoryMappedFiles;

namespace SearchPortal.Search.Storage;

/// <summary>
/// One index file mapped read-only into memory, shared by the inputs reading it and unmapped when the last one is
/// disposed. Reads copy through the view's SafeBuffer, which checks bounds and throws once the view is gone, so a stray
/// clone reading after the close fails with an exception rather than touching unmapped memory.
/// </summary>
internal sealed class MappedFile
{
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;
    private int references = 1;

    private MappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, long length)
    {
        this.map = map;
        this.view = view;
        Length = length;
    }

    public long Length { get; }

    /// <summary>Maps the whole file; the caller holds the first reference.</summary>
    public static MappedFile Open(string path)
    {
        // Other readers and the index writer may open, and a later commit may delete, the file while it is mapped.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        try
        {
            var length = stream.Length;
            if (length == 0)
            {
                // An empty file cannot be mapped; it has nothing to read anyway.
                stream.Dispose();
                return new MappedFile(null, null, 0);
            }

            var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                return new MappedFile(map, map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
            }
            catch
            {
                map.Dispose();
                throw;
            }
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Copies <paramref name="target"/>.Length bytes starting at <paramref name="position"/>.</summary>
    /// <exception cref="ObjectDisposedException">The file was unmapped: its last owner was disposed.</exception>
    public void Read(long position, Span<byte> target)
    {
        if (target.IsEmpty)
        {
            return;
        }

        if (position < 0 || position > Length - target.Length)
        {
            throw new EndOfStreamException($"read past EOF: {target.Length} bytes at {position} of a {Length}-byte file");
        }

        view!.SafeMemoryMappedViewHandle.ReadSpan((ulong)(view.PointerOffset + position), target);
    }

    public void AddReference()
    {
        if (Interlocked.Increment(ref references) <= 1)
        {
            throw new ObjectDisposedException(nameof(MappedFile), "the file was already unmapped");
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            view?.Dispose();
            map?.Dispose();
        }
    }
}
