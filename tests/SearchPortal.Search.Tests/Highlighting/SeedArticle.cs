namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>One seed article file: its name, language code and raw text.</summary>
internal sealed record SeedArticle(string Name, string Language, string Text);
