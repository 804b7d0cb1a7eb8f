using System.Text;

namespace SearchPortal.Web.Tests.Support;

/// <summary>
/// Seeded generator of hostile requests: query strings and route values with control characters, noncharacters,
/// invalid UTF-8 (raw %ED%A0%80 surrogate bytes, overlong forms, %uD800), 100 KB values, deep nesting, thousands of
/// terms, many repeated parameters; odd methods now and then. Also raw strings for calling the engine directly,
/// where lone surrogates arrive as they are (a URL cannot carry them).
/// </summary>
internal sealed class FuzzedRequests(int seed)
{
    private static readonly string[] Paths = ["/", "/search", "/api/search", "/api/suggest", "/articles/" + SampleArticles.TokayevXiCall, "/api/articles/" + SampleArticles.XianSecretariat];

    private static readonly string[] Parameters = ["q", "q", "q", "country", "format", "year", "official", "lang", "category", "sort", "page", "size", "more"];

    private static readonly string[] Methods = ["GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "TRACE", "PUT", "DELETE", "OPTIONS", "PATCH", "POST", "CONNECTX"];

    private static readonly string[] Pieces =
    [
        "%EF%BF%BE", "%EF%BF%BF", "%EF%B7%90", "%ED%A0%80", "%ED%BF%BF", "%uD800", "%C0%80", "%FF", "%00", "%01", "%1B", "%7F",
        "%E2%80%8B", "%C2%AD", "%F4%8F%BF%BF", "%F0%9F%98%80", "(", ")", "\"", "%22", "*", "?", "~", "^", "%2B", "-", ":", "country:",
        "year:1000-3000", "title:", "AND", "OR", "NOT", "%26", "%3D", "Tokayev", "Xi", "Kazakhstan", "Außenminister", "C5%2B1", "SCO",
        "tokaev", "summit", "%20", "+", "%0A", "%09", "\\", "'", "<script>", "%3Cb%3E", "%25", "%",
    ];

    private readonly Random random = new(seed);

    /// <summary>The next request: a method and a URL (path and query string, already escaped or deliberately not).</summary>
    public (string Method, string Url) Next()
    {
        var path = Pick(Paths);
        if (random.Next(8) == 0)
        {
            // Kestrel answers 400 itself to a NUL in the path (the test host throws instead): only the app is fuzzed here.
            var id = Value().Replace("%00", "", StringComparison.Ordinal);
            path = path.StartsWith("/api/articles/", StringComparison.Ordinal) ? "/api/articles/" + id : "/articles/" + id;
        }

        var query = new StringBuilder();
        var count = random.Next(10) switch
        {
            0 => 0,
            1 => random.Next(200, 1000),
            _ => random.Next(1, 5),
        };
        var repeated = Pick(Parameters);
        for (var i = 0; i < count; i++)
        {
            // Many repeated parameters carry short values: the point is their number, not megabytes of URL.
            query.Append(query.Length == 0 ? '?' : '&');
            query.Append(count > 100 ? repeated : Pick(Parameters)).Append('=').Append(count > 100 ? Pick(Pieces) + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : Value());
        }

        var method = Pick(Methods);
        return (method, path + query);
    }

    /// <summary>Raw text for the engine: the URL's pieces unescaped, plus lone surrogates and noncharacters as they are.</summary>
    public string NextText()
    {
        var text = new StringBuilder();
        var parts = random.Next(6) == 0 ? random.Next(100, 3000) : random.Next(1, 12);
        for (var i = 0; i < parts; i++)
        {
            text.Append(random.Next(5) switch
            {
                0 => (char)random.Next(0xD800, 0xE000),
                1 => (char)random.Next(0, 0x20),
                2 => Pick(['\uFFFE', '\uFFFF', '\uFDD0', '\u200B', '\u00AD', '(', ')', '"', '*', ':']),
                _ => Uri.UnescapeDataString(Pick(Pieces).Replace("%u", "u", StringComparison.Ordinal)),
            });
            if (random.Next(3) == 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private string Value() => random.Next(14) switch
    {
        0 => new string('a', 100_000),
        1 => string.Concat(Enumerable.Repeat("(", random.Next(50, 3000))) + "Tokayev" + string.Concat(Enumerable.Repeat(")", random.Next(0, 50))),
        2 => string.Concat(Enumerable.Repeat("%22a ", random.Next(50, 2000))),
        3 => string.Join('+', Enumerable.Range(0, random.Next(500, 5000)).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + Pick(["", "*", "~", "~2"]))),
        4 => random.Next(4) switch { 0 => "2147483648", 1 => "-1", 2 => "1e9", _ => "0" },
        5 => string.Concat(Enumerable.Range(0, random.Next(100, 3000)).Select(_ => Pick(Pieces))),
        _ => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pick(Pieces))),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
