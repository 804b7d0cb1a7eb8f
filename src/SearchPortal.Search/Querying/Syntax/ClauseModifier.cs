namespace SearchPortal.Search.Querying.Syntax;

/// <summary>The sign in front of a clause: none, + (required) or - / NOT (excluded).</summary>
internal enum ClauseModifier
{
    None,
    Required,
    Excluded,
}
