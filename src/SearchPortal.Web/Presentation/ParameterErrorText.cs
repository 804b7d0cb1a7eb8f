using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using SearchPortal.Web.Hosting;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Presentation;

/// <summary>
/// What was wrong with a parameter, in the interface language: a message with a translation
/// (Resources/Presentation/ParameterErrorText.*.resx, keyed by the whole English message) is shown translated, any
/// other stays English, marked lang="en" on a page of another language.
/// </summary>
public sealed class ParameterErrorText(IStringLocalizer<ParameterErrorText> text)
{
    /// <summary>The message as plain text, for the API's problem details.</summary>
    public string Text(ParameterError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Translation(error) ?? error.Message;
    }

    /// <summary>The message for a page, encoded; an untranslated one carries lang="en" when the page is not English.</summary>
    public IHtmlContent Html(ParameterError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var builder = new HtmlContentBuilder();
        if (Translation(error) is { } translated)
        {
            return builder.Append(translated);
        }

        return PortalCultures.Current == PortalCultures.English
            ? builder.Append(error.Message)
            : builder.AppendHtml("<span lang=\"en\">").Append(error.Message).AppendHtml("</span>");
    }

    // The message is looked up whole and never used as a format: it may hold what the reader typed.
    private string? Translation(ParameterError error)
    {
        if (PortalCultures.Current == PortalCultures.English)
        {
            return null;
        }

        var entry = text[error.Message];
        return entry.ResourceNotFound ? null : entry.Value;
    }
}
