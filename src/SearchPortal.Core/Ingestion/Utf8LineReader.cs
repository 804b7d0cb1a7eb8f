namespace SearchPortal.Core.Ingestion;

/// <summary>Splits a byte stream into lines without decoding, so one line with bad bytes can be refused while the lines around it are still read.</summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _endOfStream;

    public Utf8LineReader(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>The next line without its "\n" or "\r\n"; the segment is valid until the next call.</summary>
    public bool TryReadLine(out ArraySegment<byte> line)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                line = Segment(_start, newline);
                _start = newline + 1;
                return true;
            }

            if (_endOfStream)
            {
                if (_start < _end)
                {
                    line = Segment(_start, _end);
                    _start = _end;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

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
