namespace SearchPortal.Web.Searching;

/// <summary>A URL parameter that cannot be used, with a sentence saying what it should be.</summary>
public sealed record ParameterError(string Parameter, string Message);
