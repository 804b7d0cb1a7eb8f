namespace SearchPortal.Search.Highlighting;

/// <summary>The start of a hit's text, as much as the highlighter searches, and its language.</summary>
/// <param name="Text">The text, or its first characters when it is longer than the highlighter looks.</param>
/// <param name="Continues">Whether more than whitespace follows <paramref name="Text"/> in the article.</param>
/// <param name="Language">The article's language code.</param>
internal readonly record struct HitText(string Text, bool Continues, string Language);
