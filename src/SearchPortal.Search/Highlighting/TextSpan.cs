namespace SearchPortal.Search.Highlighting;

/// <summary>A half-open character range [Start, End) of a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
