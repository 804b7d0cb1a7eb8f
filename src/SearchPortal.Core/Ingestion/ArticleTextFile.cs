using System.Text;

namespace SearchPortal.Core.Ingestion;

/// <summary>Reads a single-article text file defensively: size limit checked before reading, then empty, binary and non-UTF-8 files refused with a reason.</summary>
internal static class ArticleTextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text without a byte-order mark, or null with <paramref name="reason"/> saying why not.</summary>
    public static string? TryRead(string path, ArticleSizeLimit limit, out string? reason)
    {
        reason = null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (limit.Exceeds(length))
            {
                reason = limit.Reason("file", length);
                return null;
            }

            if (length == 0)
            {
                reason = "empty file";
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = $"cannot read file: {e.Message}";
            return null;
        }

        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            reason = "binary file (contains NUL bytes)";
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            reason = $"not valid UTF-8 (invalid bytes at offset {e.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
            return null;
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "empty file (only whitespace)";
            return null;
        }

        return text;
    }
}
