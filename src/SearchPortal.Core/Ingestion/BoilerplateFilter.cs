using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>Removes site furniture from scraped article paragraphs: known English and German boilerplate lines, a social-media sign-off and the trailing footer block of short label lines.</summary>
internal static partial class BoilerplateFilter
{
    // Whole lines that are never article content, compared after normalisation (lower case, quotes and final stops removed).
    private static readonly FrozenSet<string> KnownLines = FrozenSet.ToFrozenSet(
    [
        "related articles", "related posts", "related news", "read more", "read also", "see also", "leave a reply",
        "leave a comment", "leave a review", "back to top", "back to top button", "follow us on social networks",
        "follow us", "share this article", "share", "advertisement", "sponsored", "news line", "ähnliche artikel",
        "ähnliche beiträge", "das könnte sie auch interessieren", "schreibe einen kommentar",
        "hinterlasse einen kommentar", "kommentar verfassen", "schaltfläche zurück zum anfang", "zurück zum anfang",
        "nach oben", "anzeige", "werbung", "weiterlesen", "mehr zum thema",
    ], StringComparer.Ordinal);

    // Line openings that mark comment-form notices, AI-rewrite notices and similar furniture.
    private static readonly string[] KnownOpenings =
    [
        "your email address will not be published",
        "your e-mail address will not be published",
        "deine e-mail-adresse wird nicht veröffentlicht",
        "ihre e-mail-adresse wird nicht veröffentlicht",
        "this message was taken from this source",
        "this news was taken from",
        "diese nachricht wurde dieser quelle entnommen",
        "diese meldung wurde dieser quelle entnommen",
        "required fields are marked",
        "erforderliche felder sind mit",
        "follow us on ",
        "folgen sie uns auf ",
    ];

    // Small words that may sit lower-case inside a title-case label line ("Pools Plus Cyprus", "House of Europe").
    private static readonly FrozenSet<string> LabelConnectors = FrozenSet.ToFrozenSet(
        ["and", "of", "the", "for", "on", "in", "at", "to", "a", "&", "und", "der", "die", "das", "für", "von", "im"],
        StringComparer.Ordinal);

    private const int LongestLabelLine = 40;
    private const int MostLabelWords = 5;

    /// <summary>A "Follow ... on Instagram / social networks" sentence ending a paragraph, optionally naming the outlet.</summary>
    [GeneratedRegex(
        @"(?:^|(?<=[.!?…""”]\s+))Follow\s+(?:(?<outlet>\p{Lu}[\p{L}\p{N}&-]*)(?:['’]s)?\s+)?[^.!?]*?\b(?:Instagram|Twitter|Facebook|Telegram|YouTube|TikTok|LinkedIn|WhatsApp|social\s+(?:media|networks?))\b[^.!?]*[.!?]?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SignOffPattern();

    /// <summary>Returns the paragraphs without furniture, and the outlet a removed sign-off named, if any.</summary>
    public static List<string> Clean(IReadOnlyList<string> paragraphs, out string? signOffOutlet)
    {
        signOffOutlet = null;
        var kept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (!IsKnownLine(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        DropTrailingFooter(kept);
        while (kept.Count > 0)
        {
            var last = kept[^1];
            var signOff = SignOffPattern().Match(last);
            if (!signOff.Success)
            {
                break;
            }

            signOffOutlet ??= OutletName(signOff.Groups["outlet"]);
            var remainder = last[..signOff.Index].TrimEnd();
            if (remainder.Length == 0)
            {
                kept.RemoveAt(kept.Count - 1);
                DropTrailingFooter(kept);
            }
            else
            {
                kept[^1] = remainder;
            }
        }

        return kept;
    }

    /// <summary>True for a line that is boilerplate wherever it appears.</summary>
    public static bool IsKnownLine(string paragraph)
    {
        if (paragraph.Length > 200)
        {
            return false;
        }

        var normalised = Normalise(paragraph);
        if (KnownLines.Contains(normalised))
        {
            return true;
        }

        foreach (var opening in KnownOpenings)
        {
            if (normalised.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Walks back from the end over short label lines (ad sponsors, section words, navigation); the first paragraph
    // always stays, and a real final paragraph ends with sentence punctuation, so it stops the walk.
    private static void DropTrailingFooter(List<string> paragraphs)
    {
        while (paragraphs.Count > 1 && IsLabelLine(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
    }

    /// <summary>A short title-case line without sentence punctuation: a sponsor name, section word or navigation label.</summary>
    internal static bool IsLabelLine(string paragraph)
    {
        if (paragraph.Length > LongestLabelLine || !char.IsUpper(paragraph[0]))
        {
            return false;
        }

        if (paragraph.AsSpan().IndexOfAny(".!?,;:\"“”„«»()…") >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in paragraph.AsSpan().Split(' '))
        {
            var word = paragraph.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > MostLabelWords)
            {
                return false;
            }

            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !LabelConnectors.Contains(word.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    private static string? OutletName(Group outlet)
    {
        if (!outlet.Success || outlet.Value is "Us" or "The" or "Our")
        {
            return null;
        }

        return outlet.Value;
    }

    private static string Normalise(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length);
        var lastWasSpace = false;
        foreach (var c in paragraph)
        {
            if (c is '"' or '“' or '”' or '„' or '«' or '»' or '*' or '‘' or '’')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd(' ', '.', ':', '!');
    }
}
