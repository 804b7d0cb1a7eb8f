namespace SearchPortal.Web.Searching;

/// <summary>A URL parameter that cannot be used, with a sentence saying what it should be.</summary>
public sealed record ParameterError(string Parameter, string Message)
{
    /// <summary>The 400 problem (application/problem+json) naming the parameter, as the API and the exports answer.</summary>
    public IResult ToProblem() =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter '{Parameter}'",
            detail: Message,
            extensions: new Dictionary<string, object?> { ["parameter"] = Parameter });
}
