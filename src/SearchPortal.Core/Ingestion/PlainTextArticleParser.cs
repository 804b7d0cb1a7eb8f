using System.Globalization;
using System.Text.RegularExpressions;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Language;

namespace SearchPortal.Core.Ingestion;

/// <summary>Turns one scraped plain-text article into an <see cref="Article"/>: tag line, headline, date prefix, body without site furniture, outlet and language.</summary>
public sealed partial class PlainTextArticleParser
{
    // A headline is a short paragraph that does not end like a sentence of body text.
    private const int LongestHeadline = 200;
    private const int LongestTagLine = 40;

    private readonly LanguageDetector _languageDetector;

    public PlainTextArticleParser(LanguageDetector languageDetector)
    {
        _languageDetector = languageDetector ?? throw new ArgumentNullException(nameof(languageDetector));
    }

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    /// <summary>Parses <paramref name="content"/>; the text is empty when nothing but furniture was found.</summary>
    public Article Parse(string id, string content)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(content);

        var paragraphs = ParagraphSplitter.Split(content);
        var next = 0;
        string? category = null;
        if (paragraphs.Count >= 3 && IsTagLine(paragraphs[0]))
        {
            category = paragraphs[0];
            next = 1;
        }

        string? headline = null;
        DateOnly? date = null;
        if (next < paragraphs.Count)
        {
            var candidate = paragraphs[next];
            var prefix = DatePrefix().Match(candidate);
            if (prefix.Success && DateOnly.TryParseExact(prefix.Groups["date"].Value, "yyyy-MM-dd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var prefixDate))
            {
                date = prefixDate;
                headline = prefix.Groups["rest"].Value.Trim();
                next++;
            }
            else if (next + 1 < paragraphs.Count && LooksLikeHeadline(candidate))
            {
                headline = candidate;
                next++;
            }
        }

        if (headline is not null && next < paragraphs.Count && SameLine(paragraphs[next], headline))
        {
            next++;
        }

        var body = BoilerplateFilter.Clean(paragraphs.GetRange(next, paragraphs.Count - next), out var signOffOutlet);
        var text = string.Join("\n\n", body);
        var title = headline ?? (text.Length > 0 ? SentenceTitle.From(text) : string.Empty);
        var source = signOffOutlet ?? (body.Count > 0 ? DatelineOutlet.Find(body[0]) : null);
        if (source is null && body.Count > 1)
        {
            // A sub-headline may sit between the headline and the dateline paragraph.
            source = DatelineOutlet.Find(body[1]);
        }

        var language = _languageDetector.Detect(title.Length == 0 ? text : string.Concat(title, "\n\n", text));
        return new Article(id, title, text, language, date, source, Url: null, category);
    }

    /// <summary>A one-word country or section tag such as "Kasachstan".</summary>
    private static bool IsTagLine(string paragraph)
    {
        if (paragraph.Length is < 2 or > LongestTagLine || !char.IsUpper(paragraph[0]))
        {
            return false;
        }

        foreach (var c in paragraph)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeHeadline(string paragraph) =>
        paragraph.Length <= LongestHeadline && paragraph[^1] is not ('.' or ',' or ';' or ':');

    private static bool SameLine(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
