namespace SearchPortal.Search.Schema;

/// <summary>How an article's text is kept in its doc value: the one definition that the writer and the reader share.</summary>
/// <remarks>
/// The text is the largest part of the index (182 MB of UTF-8 for the 56,651 articles of the peers' mixed corpus, kept
/// uncompressed by binary doc values). Deflated per article it takes 75 MB. On that corpus Deflate level 3 was
/// measured beside Brotli 2 to 4 and Deflate 2 to 6: Brotli 2 made 78 MB for the same writing CPU (about 2.9 s in
/// all) and read back a few microseconds slower per article; higher levels saved at most 1.4 MB more for up to twice
/// the CPU.
/// A value is either the text's UTF-8 bytes, as every index written before compression holds them, or
/// <see cref="Deflated"/>, the length of the UTF-8 text as a 7-bit varint, and the raw Deflate stream of it.
/// </remarks>
internal static class ArticleTextFormat
{
    /// <summary>The first byte of a deflated value: 0xF8 never occurs in UTF-8, so no text written raw starts with it.</summary>
    public const byte Deflated = 0xF8;

    /// <summary>Texts shorter than this (in UTF-8 bytes) stay raw: deflating them saves a few bytes at most.</summary>
    public const int ShortestDeflated = 128;

    /// <summary>The zlib level that texts are deflated with.</summary>
    public const int Level = 3;
}
