using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Presentation;

/// <summary>
/// The engine's notices ("Only the first 32 words of your query were searched.") in the interface language. The
/// engine writes English sentences, joined by spaces; each one with a translation (Resources/Presentation/NoticeText.*.resx,
/// keyed by the English sentence with its values as {0}, {1}) is shown translated, and any other stays English, marked lang="en".
/// </summary>
public sealed class NoticeText(IStringLocalizer<NoticeText> text)
{
    public IHtmlContent Localize(string notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (PortalCultures.Current == PortalCultures.English)
        {
            return new HtmlString(HtmlEncoder.Default.Encode(notice));
        }

        var pieces = new HtmlContentBuilder();
        var rest = notice.Trim();
        while (rest.Length > 0)
        {
            var (translated, length) = Translate(rest);
            if (translated is null)
            {
                pieces.AppendHtml("<span lang=\"en\">").Append(rest).AppendHtml("</span>");
                break;
            }

            pieces.Append(translated);
            rest = rest[length..].TrimStart();
            if (rest.Length > 0)
            {
                pieces.Append(" ");
            }
        }

        return pieces;
    }

    /// <summary>The translation of the sentence the notice starts with, and that sentence's length; null when none is known.</summary>
    private (string? Translation, int Length) Translate(string notice)
    {
        foreach (var entry in text.GetAllStrings(includeParentCultures: false))
        {
            var match = PatternOf(entry.Name).Match(notice);
            if (match.Success)
            {
                var values = match.Groups.Cast<Group>().Skip(1).Select(group => (object)group.Value).ToArray();
                return (string.Format(System.Globalization.CultureInfo.CurrentUICulture, entry.Value, values), match.Length);
            }
        }

        return (null, 0);
    }

    // A key's literal text, its {n} placeholders standing for any text, anchored at the start and ending at a sentence's end.
    private static Regex PatternOf(string key) =>
        new("^" + Regex.Replace(Regex.Escape(key), @"\\\{\d+}", "(.+?)") + "(?=\\s|$)", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
