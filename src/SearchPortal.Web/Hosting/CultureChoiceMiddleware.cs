using Microsoft.AspNetCore.Localization;

namespace SearchPortal.Web.Hosting;

/// <summary>Remembers a language picked in the URL (<c>?ui=de</c>) in the culture cookie, so the next pages keep it.</summary>
public sealed class CultureChoiceMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public Task InvokeAsync(HttpContext context)
    {
        var chosen = context.Request.Query[PortalCultures.QueryKey];
        if (chosen.Count == 1 && PortalCultures.Supported(chosen[0]) is { } language)
        {
            context.Response.Cookies.Append(
                PortalCultures.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions
                {
                    Path = "/",
                    MaxAge = Lifetime,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                    Secure = context.Request.IsHttps,
                });
        }

        return next(context);
    }
}
