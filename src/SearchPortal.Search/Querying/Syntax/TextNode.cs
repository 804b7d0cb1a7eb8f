namespace SearchPortal.Search.Querying.Syntax;

/// <summary>A word, a quoted phrase or a trailing-wildcard prefix searched in the text fields.</summary>
/// <param name="Text">The word or phrase as typed, without quotes and without the trailing '*'.</param>
/// <param name="TitleOnly">True for title: terms, searched in the title fields only.</param>
internal sealed record TextNode(string Text, bool IsPhrase, bool IsPrefix, bool TitleOnly) : QueryNode
{
    public override bool IsFilter => false;

    /// <summary>A plain word: neither a phrase nor a prefix, the only kind joined into vocabulary windows.</summary>
    public bool IsPlainWord => !IsPhrase && !IsPrefix;
}
