using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// The interface languages (English, German) and how a reader's choice travels: <c>?ui=de</c> in the URL, then the
/// culture cookie, then Accept-Language, else English. The one owner of those names for the pipeline, the language
/// switch and the tests.
/// </summary>
public static class PortalCultures
{
    /// <summary>The URL parameter that picks the interface language: <c>?ui=en</c> or <c>?ui=de</c>.</summary>
    public const string QueryKey = "ui";

    public const string English = "en";

    public const string German = "de";

    /// <summary>ASP.NET Core's own culture cookie, so its provider reads back what the switch wrote.</summary>
    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    public static readonly IReadOnlyList<string> All = [English, German];

    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo(English), CultureInfo.GetCultureInfo(German)];

    /// <summary>The supported language a culture name stands for ("de-AT" is German), or null for any other.</summary>
    public static string? Supported(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var language = name.Trim().Split('-', '_')[0].ToLowerInvariant();
        return All.Contains(language) ? language : null;
    }

    /// <summary>The interface language of the current request (the UI culture the middleware set).</summary>
    public static string Current => Supported(CultureInfo.CurrentUICulture.Name) ?? English;

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };

        // The URL first (a shared link shows what its sender saw), then the remembered choice, then the browser's.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }
}
