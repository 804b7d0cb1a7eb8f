using System.Collections.Frozen;

namespace SearchPortal.Search.Querying.Syntax;

/// <summary>The field prefixes a user may write (English and German names), case-insensitive.</summary>
internal static class FieldPrefixes
{
    private static readonly FrozenDictionary<string, FieldScope> ByName = new Dictionary<string, FieldScope>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = FieldScope.Title,
        ["titel"] = FieldScope.Title,
        ["country"] = FieldScope.Country,
        ["land"] = FieldScope.Country,
        ["format"] = FieldScope.Format,
        ["official"] = FieldScope.Official,
        ["person"] = FieldScope.Official,
        ["year"] = FieldScope.Year,
        ["jahr"] = FieldScope.Year,
        ["lang"] = FieldScope.Language,
        ["language"] = FieldScope.Language,
        ["sprache"] = FieldScope.Language,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(ReadOnlySpan<char> name, out FieldScope scope) =>
        ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out scope);
}
