using System.Buffers.Binary;
using Lucene.Net.Store;

namespace SearchPortal.Search.Storage;

/// <summary>
/// An input over a mapped file or a slice of one (a compound file's entry) that reads straight from the mapping: no
/// buffer to refill, no copy, no system call. Clones share the mapping without owning it, as Lucene's contract has
/// it: only the input the directory (or slicer) opened is disposed, and clones are not used after that.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile file;
    private readonly byte* start;
    private readonly long length;
    private long position;
    private bool isClone;
    private int disposed;

    /// <param name="file">The mapping; this input becomes one of its owners.</param>
    public MappedIndexInput(string description, MappedFile file, long offset, long length)
        : base(description)
    {
        this.file = file;
        start = file.Pointer + offset;
        this.length = length;
    }

    public override long Length => length;

    public override long Position => position;

    public override void Seek(long pos)
    {
        EnsureOpen();
        if (pos < 0 || pos > length)
        {
            throw new EndOfStreamException($"seek to {pos} outside {this} ({length} bytes)");
        }

        position = pos;
    }

    public override byte ReadByte()
    {
        if (position >= length)
        {
            throw PastEnd(1);
        }

        EnsureOpen();
        var value = start[position++];
        GC.KeepAlive(file);
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        new ReadOnlySpan<byte>(Take(len), len).CopyTo(b.AsSpan(offset, len));
        GC.KeepAlive(file);
    }

    public override void ReadBytes(byte[] b, int offset, int len, bool useBuffer) => ReadBytes(b, offset, len);

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(2), 2));
        GC.KeepAlive(file);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(4), 4));
        GC.KeepAlive(file);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(8), 8));
        GC.KeepAlive(file);
        return value;
    }

    public override int ReadVInt32()
    {
        // Lucene's variable-length int: 7 bits per byte, low bits first, at most 5 bytes.
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new IOException($"Invalid vInt detected (too many bits) in {this}");
    }

    public override long ReadVInt64()
    {
        var value = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = ReadByte();
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new IOException($"Invalid vLong detected (negative values disallowed) in {this}");
    }

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numBytes), "numBytes must be >= 0");
        }

        Take(numBytes);
    }

    public override object Clone()
    {
        EnsureOpen();
        var clone = (MappedIndexInput)base.Clone();
        clone.isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !isClone && Interlocked.Exchange(ref disposed, 1) == 0)
        {
            file.Release();
        }
    }

    /// <summary>The address of the next <paramref name="count"/> bytes, which the read moves past. Callers keep
    /// <see cref="file"/> alive (GC.KeepAlive) until they are done with the address: the finalizer unmaps.</summary>
    private byte* Take(long count)
    {
        if (count > length - position)
        {
            throw PastEnd(count);
        }

        EnsureOpen();
        var at = start + position;
        position += count;
        return at;
    }

    private void EnsureOpen()
    {
        if (file.IsClosed)
        {
            throw new ObjectDisposedException(ToString(), "the index file was closed");
        }
    }

    private EndOfStreamException PastEnd(long count) =>
        new($"read past EOF: {count} byte(s) at {position} of {this} ({length} bytes)");
}
