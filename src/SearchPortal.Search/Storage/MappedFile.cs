using System.IO.MemoryMappedFiles;

namespace SearchPortal.Search.Storage;

/// <summary>
/// One index file mapped read-only into memory and shared by the inputs reading it. Disposing its last owner closes it
/// (further reads throw), but the memory is unmapped only once no input can reach it any more (by the finalizer), so
/// a clone racing with the close never touches unmapped memory.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? view;
    private byte* pointer;
    private int owners = 1;
    private volatile bool closed;

    private MappedFile(MemoryMappedViewAccessor? view, byte* pointer, long length)
    {
        this.view = view;
        this.pointer = pointer;
        Length = length;
    }

    ~MappedFile() => Unmap();

    public long Length { get; }

    /// <summary>The first byte of the mapping; valid while this object is reachable.</summary>
    public byte* Pointer => pointer;

    /// <summary>True once the last owner was disposed: reading on is a caller's bug and throws.</summary>
    public bool IsClosed => closed;

    /// <summary>Maps the whole file; the caller is its first owner.</summary>
    public static MappedFile Open(string path)
    {
        // Other readers and the index writer may open, and a later commit may delete, the file while it is mapped.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var length = stream.Length;
        if (length == 0)
        {
            // An empty file cannot be mapped; it has nothing to read anyway.
            return new MappedFile(null, null, 0);
        }

        // The view keeps the mapping (and the file) alive on its own: map and stream can go right away.
        using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        try
        {
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        }
        catch
        {
            view.Dispose();
            throw;
        }

        return new MappedFile(view, start + view.PointerOffset, length);
    }

    public void AddOwner()
    {
        if (Interlocked.Increment(ref owners) <= 1 || closed)
        {
            throw new ObjectDisposedException(nameof(MappedFile), "the index file was already closed");
        }
    }

    /// <summary>Gives up one ownership; the last one closes the file.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref owners) == 0)
        {
            closed = true;
        }
    }

    private void Unmap()
    {
        // Runs before the view handle's own (critical) finalizer, which can only unmap once the pointer is released.
        if (view is not null && pointer is not null)
        {
            pointer = null;
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
        }
    }
}
