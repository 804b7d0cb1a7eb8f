namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// The tags en.kremlin.ru puts on its items, as the corpus's <c>category</c> carries them:
/// "countries: A, B; topics: C; persons: D" (parts present only).
/// </summary>
internal sealed record SiteTags(IReadOnlyList<string> Countries, IReadOnlyList<string> Persons)
{
    public bool IsEmpty => Countries.Count == 0 && Persons.Count == 0;

    public static SiteTags Parse(string? category)
    {
        var countries = new List<string>();
        var persons = new List<string>();
        foreach (var part in (category ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var target = part[..colon].Trim() switch
            {
                "countries" => countries,
                "persons" => persons,
                _ => null,
            };

            // Some person tags carry the page's line break between the two names ("Dmitry\nMedvedev").
            foreach (var tag in part[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                target?.Add(string.Join(' ', tag.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return new SiteTags(countries, persons);
    }

    /// <summary>True for the corpus's labelled items: ids ending in an even news id ("kremlin-en-12345" is odd, held out).</summary>
    public static bool IsLabelled(string id)
    {
        var dash = id.LastIndexOf('-');
        var number = dash >= 0 ? id[(dash + 1)..] : id;
        return number.Length > 0 && number.All(char.IsAsciiDigit) && (number[^1] - '0') % 2 == 0;
    }
}
