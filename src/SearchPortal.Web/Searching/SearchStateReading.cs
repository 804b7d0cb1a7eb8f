namespace SearchPortal.Web.Searching;

/// <summary>The outcome of reading a URL: either a usable state or the first parameter in error.</summary>
public sealed record SearchStateReading(SearchState? State, ParameterError? Error)
{
    public static SearchStateReading Valid(SearchState state) => new(state, null);

    public static SearchStateReading Invalid(string parameter, string message) => new(null, new ParameterError(parameter, message));
}
