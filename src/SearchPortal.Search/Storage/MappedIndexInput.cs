using Lucene.Net.Store;

namespace SearchPortal.Search.Storage;

/// <summary>
/// A buffered input over a mapped file or a slice of one (a compound file's entry). Refilling the buffer is a memory
/// copy, not a system call. Clones share the mapping and do not own it, as Lucene's contract has it: only the input
/// opened by the directory (or slicer) is disposed, and clones are not used after that.
/// </summary>
internal sealed class MappedIndexInput : BufferedIndexInput
{
    private readonly MappedFile file;
    private readonly long start;
    private readonly long length;
    private bool isClone;
    private int disposed;

    /// <param name="file">The mapping; this input takes over one reference to it.</param>
    public MappedIndexInput(string description, MappedFile file, long start, long length)
        : base(description, ReadBufferSize)
    {
        this.file = file;
        this.start = start;
        this.length = length;
    }

    /// <summary>Smaller than Lucene's 1,024: most reads are random (doc values, term blocks) and only need a few bytes.</summary>
    internal const int ReadBufferSize = 512;

    public override long Length => length;

    public override object Clone()
    {
        var clone = (MappedIndexInput)base.Clone();
        clone.isClone = true;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int len)
    {
        // BufferedIndexInput asks for the bytes at the current file pointer (the buffer start while refilling).
        var position = Position;
        if (position + len > length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        file.Read(start + position, b.AsSpan(offset, len));
    }

    protected override void SeekInternal(long pos)
    {
        // Reads are positional: nothing to move.
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !isClone && Interlocked.Exchange(ref disposed, 1) == 0)
        {
            file.Release();
        }
    }
}
