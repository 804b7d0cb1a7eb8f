using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Search.Schema;

/// <summary>Reads the texts of articles in one segment from their doc values, in either form of the
/// <see cref="ArticleTextFormat"/>: every reader of article text goes through it.</summary>
internal sealed class ArticleTextReader
{
    private readonly BinaryDocValues? texts;
    private readonly BytesRef scratch = new();

    public ArticleTextReader(AtomicReader segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        texts = segment.GetBinaryDocValues(ArticleFields.Text);
    }

    /// <summary>The whole text of <paramref name="doc"/> (segment-local); empty in a segment without texts.</summary>
    public string Read(int doc) => Decode(Stored(doc));

    /// <summary>
    /// The first <paramref name="maxChars"/> characters of the text of <paramref name="doc"/> (segment-local), and
    /// whether more than whitespace follows them.
    /// </summary>
    /// <remarks>A long briefing is not turned into a string of 60,000 characters for the 10,000 that snippets look at,
    /// nor inflated further than those need.</remarks>
    public (string Text, bool Continues) Read(int doc, int maxChars) => Decode(Stored(doc), maxChars);

    /// <summary>The whole text held by a stored value.</summary>
    public static string Decode(ReadOnlySpan<byte> stored)
    {
        if (!IsDeflated(stored, out var length, out var deflated))
        {
            return Encoding.UTF8.GetString(stored);
        }

        var utf8 = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            return Encoding.UTF8.GetString(utf8, 0, Inflate(deflated, utf8.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>The first <paramref name="maxChars"/> characters held by a stored value, and whether more than
    /// whitespace follows them.</summary>
    public static (string Text, bool Continues) Decode(ReadOnlySpan<byte> stored, int maxChars)
    {
        if (!IsDeflated(stored, out var length, out var deflated))
        {
            return DecodePrefix(stored, maxChars, true);
        }

        // A character takes at most three UTF-8 bytes (a pair of them four), so this many hold the characters wanted
        // whenever the text has them; the rest is inflated only when nothing but whitespace follows them there.
        var needed = (int)Math.Min(length, (3L * maxChars) + 3);
        var utf8 = ArrayPool<byte>.Shared.Rent(needed);
        try
        {
            var read = Inflate(deflated, utf8.AsSpan(0, needed));
            var complete = read == length;
            var prefix = DecodePrefix(utf8.AsSpan(0, read), maxChars, complete);
            return prefix.Continues || complete ? prefix : DecodePrefix(Encoding.UTF8.GetBytes(Decode(stored)), maxChars, true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private ReadOnlySpan<byte> Stored(int doc)
    {
        // The indexer writes the text of every article; a segment without it has no articles to read.
        if (texts is null)
        {
            return [];
        }

        texts.Get(doc, scratch);
        return scratch.Bytes.AsSpan(scratch.Offset, scratch.Length);
    }

    private static bool IsDeflated(ReadOnlySpan<byte> stored, out int length, out ReadOnlySpan<byte> deflated)
    {
        length = 0;
        deflated = default;
        if (stored.IsEmpty || stored[0] != ArticleTextFormat.Deflated)
        {
            return false;
        }

        var at = 1;
        for (var shift = 0; ; shift += 7)
        {
            var b = stored[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        deflated = stored[at..];
        return true;
    }

    // Inflates the start of a Deflate stream into `into`, as far as it fills it; the number of bytes written.
    private static unsafe int Inflate(ReadOnlySpan<byte> deflated, Span<byte> into)
    {
        fixed (byte* source = deflated)
        {
            using var stream = new UnmanagedMemoryStream(source, deflated.Length);
            using var inflater = new DeflateStream(stream, CompressionMode.Decompress);
            return inflater.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
        }
    }

    // The first `chars` characters of `utf8`, the start of a text (`complete` when it is the whole text), and whether
    // it shows more than whitespace after them.
    private static (string Text, bool Continues) DecodePrefix(ReadOnlySpan<byte> utf8, int chars, bool complete)
    {
        if (utf8.Length <= chars)
        {
            return (Encoding.UTF8.GetString(utf8), false);
        }

        var buffer = new char[chars];
        Utf8.ToUtf16(utf8, buffer, out var read, out var written);
        return (new string(buffer, 0, written), HasNonWhiteSpace(utf8[read..], complete));
    }

    private static bool HasNonWhiteSpace(ReadOnlySpan<byte> utf8, bool complete)
    {
        while (!utf8.IsEmpty)
        {
            // A character cut off at the end of a partial text may be whitespace: the caller reads on.
            if (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) == OperationStatus.NeedMoreData && !complete)
            {
                return false;
            }

            if (!Rune.IsWhiteSpace(rune))
            {
                return true;
            }

            utf8 = utf8[consumed..];
        }

        return false;
    }
}
