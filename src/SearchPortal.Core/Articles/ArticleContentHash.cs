using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchPortal.Core.Articles;

/// <summary>A stable SHA-256 over every field of an article and its overrides, to tell changed articles from unchanged ones.</summary>
public static class ArticleContentHash
{
    /// <summary>Lower-case hex SHA-256; each field is length-prefixed so no two different articles serialize alike.</summary>
    public static string Of(Article article)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, article.Id);
        Append(hash, article.Title);
        Append(hash, article.Text);
        Append(hash, article.Language);
        Append(hash, article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Append(hash, article.Source);
        Append(hash, article.Url);
        Append(hash, article.Category);
        var overrides = article.Overrides;
        Append(hash, overrides is null ? null : "overrides");
        if (overrides is not null)
        {
            Append(hash, overrides.Countries);
            Append(hash, overrides.Formats);
            Append(hash, overrides.Year?.ToString(CultureInfo.InvariantCulture));
            Append(hash, overrides.Officials);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, IReadOnlyList<string>? values)
    {
        Append(hash, values?.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var value in values ?? [])
        {
            Append(hash, value);
        }
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            hash.AppendData("N;"u8);
            return;
        }

        // Encoded into a pooled buffer: the article text alone is a few kilobytes, and every article is hashed.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            Span<byte> prefix = stackalloc byte[12];
            length.TryFormat(prefix, out var digits, provider: CultureInfo.InvariantCulture);
            prefix[digits++] = (byte)':';
            hash.AppendData(prefix[..digits]);
            hash.AppendData(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
