using System.Security.Cryptography;
using System.Text;
using SearchPortal.Core.Articles;

namespace SearchPortal.Core.Tests.Articles;

public sealed class ArticleContentHashTests
{
    [Test]
    public void Hash_is_SHA256_of_the_length_prefixed_fields_so_indexed_hashes_stay_valid()
    {
        var article = new Article(
            "kz-1", "Tokayev trifft Xi", "Außenminister in Astana – “C5+1”", "de", new DateOnly(2024, 7, 4), "Kazinform", null, "politik",
            new FacetOverrides(Countries: ["Kazakhstan", "China"], Year: 2024));

        // The layout written out by hand: "N;" for a missing value, else UTF-8 byte count, ':' and the bytes.
        var expected = Reference(
            "kz-1", "Tokayev trifft Xi", "Außenminister in Astana – “C5+1”", "de", "2024-07-04", "Kazinform", null, "politik",
            "overrides", "2", "Kazakhstan", "China", null, "2024", null);

        Assert.That(ArticleContentHash.Of(article), Is.EqualTo(expected));
    }

    [Test]
    public void Long_texts_and_long_override_lists_fit_the_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("Ärger über “Zölle” 😀 ", 5_000));
        var officials = Enumerable.Range(0, 300).Select(i => $"Официальный {i}").ToList();
        var article = new Article("x", "ß", text, "und", null, null, "https://example.org/ü", null, new FacetOverrides(Officials: officials));

        var expected = Reference(["x", "ß", text, "und", null, null, "https://example.org/ü", null, "overrides", null, null, null, "300", .. officials]);

        Assert.That(ArticleContentHash.Of(article), Is.EqualTo(expected));
    }

    private static string Reference(params string?[] values)
    {
        var bytes = new List<byte>();
        foreach (var value in values)
        {
            bytes.AddRange(value is null ? "N;"u8.ToArray() : Encoding.UTF8.GetBytes($"{Encoding.UTF8.GetByteCount(value)}:{value}"));
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }
}
