using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchPortal.Core.Articles;

/// <summary>A stable SHA-256 over every field of an article and its overrides, to tell changed articles from unchanged ones.</summary>
public static class ArticleContentHash
{
    /// <summary>Lower-case hex SHA-256; each field is length-prefixed so no two different articles serialize alike.</summary>
    /// <remarks>
    /// The fields are laid out in one pooled buffer and hashed in one call: an incremental hash made per article and fed
    /// field by field cost about 40 us an article in native calls, a twentieth of indexing. The bytes are as before,
    /// so hashes in existing indexes still match.
    /// </remarks>
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var overrides = article.Overrides;
        var buffer = ArrayPool<byte>.Shared.Rent(256 + (3 * (article.Title.Length + article.Text.Length + article.Id.Length
            + article.Language.Length + (article.Url?.Length ?? 0) + (article.Source?.Length ?? 0) + (article.Category?.Length ?? 0)))
            + (overrides is null ? 0 : OverridesBound(overrides)));
        try
        {
            var length = 0;
            Append(buffer, ref length, article.Id);
            Append(buffer, ref length, article.Title);
            Append(buffer, ref length, article.Text);
            Append(buffer, ref length, article.Language);
            Append(buffer, ref length, article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Append(buffer, ref length, article.Source);
            Append(buffer, ref length, article.Url);
            Append(buffer, ref length, article.Category);
            Append(buffer, ref length, overrides is null ? null : "overrides");
            if (overrides is not null)
            {
                Append(buffer, ref length, overrides.Countries);
                Append(buffer, ref length, overrides.Formats);
                Append(buffer, ref length, overrides.Year?.ToString(CultureInfo.InvariantCulture));
                Append(buffer, ref length, overrides.Officials);
            }

            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int OverridesBound(FacetOverrides overrides) =>
        64 + (3 * new[] { overrides.Countries, overrides.Formats, overrides.Officials }
            .Sum(values => values?.Sum(v => v.Length + 16) ?? 0));

    private static void Append(byte[] buffer, ref int length, IReadOnlyList<string>? values)
    {
        Append(buffer, ref length, values?.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var value in values ?? [])
        {
            Append(buffer, ref length, value);
        }
    }

    // "N;" for null, else the UTF-8 byte count, a colon and the bytes. The buffer holds 3 bytes per character and 16
    // more per value, so the prefix and the bytes always fit.
    private static void Append(byte[] buffer, ref int length, string? value)
    {
        if (value is null)
        {
            "N;"u8.CopyTo(buffer.AsSpan(length));
            length += 2;
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        bytes.TryFormat(buffer.AsSpan(length), out var digits, provider: CultureInfo.InvariantCulture);
        length += digits;
        buffer[length++] = (byte)':';
        length += Encoding.UTF8.GetBytes(value, buffer.AsSpan(length));
    }
}
