namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Splits a byte stream into lines without decoding, so one line with bad bytes can be refused while the lines around it
/// are still read. A line longer than the cap is never held whole: its first bytes are kept and the rest is passed over.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>How much of an oversized line is kept: enough for the id, which the corpus format writes first.</summary>
    private const int OversizedPrefixBytes = 4 * 1024;

    private readonly Stream _stream;
    private readonly long _maxLineBytes;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _endOfStream;

    /// <param name="maxLineBytes">Longest line returned whole, without its line break.</param>
    public Utf8LineReader(Stream stream, long maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>
    /// The next line without its "\n" or "\r\n"; the segment is valid until the next call. <paramref name="length"/> is the
    /// line's whole length: longer than the segment when the line is over the cap, whose segment then holds its first bytes.
    /// </summary>
    /// <param name="terminated">False for a last line the stream ended without a line break.</param>
    public bool TryReadLine(out ArraySegment<byte> line, out long length, out bool terminated)
    {
        // Bytes of the line under way already searched for its end, so a long line is not searched again after each read.
        var searched = 0;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start + searched, _end - _start - searched);
            if (newline >= 0)
            {
                line = Segment(_start, newline);
                length = line.Count;
                terminated = true;
                _start = newline + 1;
                return length <= _maxLineBytes || ReturnPrefix(ref line);
            }

            if (_end - _start > _maxLineBytes)
            {
                line = PassOverOversizedLine(out length, out terminated);
                return true;
            }

            if (_endOfStream)
            {
                terminated = false;
                if (_start < _end)
                {
                    line = Segment(_start, _end);
                    length = line.Count;
                    _start = _end;
                    return true;
                }

                line = default;
                length = 0;
                return false;
            }

            searched = _end - _start;
            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private static bool ReturnPrefix(ref ArraySegment<byte> line)
    {
        line = line[..Math.Min(OversizedPrefixBytes, line.Count)];
        return true;
    }

    /// <summary>Keeps the first bytes of the line under way, then reads on to its end without keeping what it reads.</summary>
    private ArraySegment<byte> PassOverOversizedLine(out long length, out bool terminated)
    {
        var prefix = _buffer.AsSpan(_start, Math.Min(OversizedPrefixBytes, _end - _start)).ToArray();
        length = 0;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                length += newline - _start;
                _start = newline + 1;
                terminated = true;
                return prefix;
            }

            length += _end - _start;
            _start = _end = 0;
            if (_endOfStream)
            {
                terminated = false;
                return prefix;
            }

            Fill();
        }
    }

    private ArraySegment<byte> Segment(int start, int end)
    {
        if (end > start && _buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        return new ArraySegment<byte>(_buffer, start, end - start);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
    }
}
