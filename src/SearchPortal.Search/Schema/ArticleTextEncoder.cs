using System.IO.Compression;
using System.Text;
using Lucene.Net.Util;

namespace SearchPortal.Search.Schema;

/// <summary>Turns article texts into their doc values in the <see cref="ArticleTextFormat"/>, reusing its buffers.</summary>
/// <remarks>Not thread-safe, like the <see cref="ReusableArticleDocument"/> that owns it; a value is only valid until the
/// next <see cref="Encode"/> (the index writer copies it when the document is added).</remarks>
internal sealed class ArticleTextEncoder
{
    private static readonly ZLibCompressionOptions Options = new() { CompressionLevel = ArticleTextFormat.Level };

    private readonly MemoryStream output = new();
    private readonly BytesRef value = new();
    private byte[] utf8 = new byte[16 * 1024];

    /// <summary>The stored form of <paramref name="text"/>.</summary>
    public BytesRef Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < maxBytes)
        {
            utf8 = new byte[Math.Max(maxBytes, utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, utf8);
        if (length >= ArticleTextFormat.ShortestDeflated)
        {
            var deflated = Deflate(length);
            if (deflated < length)
            {
                return Set(output.GetBuffer(), deflated);
            }
        }

        return Set(utf8, length);
    }

    // The deflated value of the first `length` bytes of utf8, written to `output`; its length.
    private int Deflate(int length)
    {
        output.SetLength(0);
        output.WriteByte(ArticleTextFormat.Deflated);
        for (var rest = (uint)length; ; rest >>= 7)
        {
            if (rest < 0x80)
            {
                output.WriteByte((byte)rest);
                break;
            }

            output.WriteByte((byte)(rest | 0x80));
        }

        using (var deflater = new DeflateStream(output, Options, leaveOpen: true))
        {
            deflater.Write(utf8, 0, length);
        }

        return (int)output.Length;
    }

    private BytesRef Set(byte[] bytes, int length)
    {
        value.Bytes = bytes;
        value.Offset = 0;
        value.Length = length;
        return value;
    }
}
