using Microsoft.Extensions.Localization;
using SearchPortal.Web.Api;
using SearchPortal.Web.Presentation;

namespace SearchPortal.Web.Searching;

/// <summary>A URL parameter that cannot be used, with a sentence saying what it should be.</summary>
public sealed record ParameterError(string Parameter, string Message)
{
    /// <summary>
    /// The 400 problem (application/problem+json) naming the parameter, as the API and the exports answer; its title in
    /// the reader's language.
    /// </summary>
    public IResult ToProblem(HttpContext context) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: context.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(ApiEndpoints))["Invalid parameter '{0}'", Parameter],
            detail: context.RequestServices.GetRequiredService<ParameterErrorText>().Text(this),
            extensions: new Dictionary<string, object?> { ["parameter"] = Parameter });
}
