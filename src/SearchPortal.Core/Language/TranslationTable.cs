namespace SearchPortal.Core.Language;

/// <summary>German ↔ English translations of single words, most common first (derived from Ding by tools/translation).</summary>
/// <remarks>Never written after reading, so one instance serves all threads.</remarks>
public sealed class TranslationTable
{
    /// <summary>The table with no entries: nothing is translated.</summary>
    public static readonly TranslationTable Empty = new(new Dictionary<string, string[]>(), new Dictionary<string, string[]>());

    private readonly Dictionary<string, string[]> germanToEnglish;
    private readonly Dictionary<string, string[]> englishToGerman;

    private TranslationTable(Dictionary<string, string[]> germanToEnglish, Dictionary<string, string[]> englishToGerman)
    {
        this.germanToEnglish = germanToEnglish;
        this.englishToGerman = englishToGerman;
    }

    /// <summary>Number of German and of English words with translations.</summary>
    public (int German, int English) Count => (germanToEnglish.Count, englishToGerman.Count);

    /// <summary>
    /// Reads the table format: <c>de|en TAB word TAB translation|translation...</c> per line, '#' lines are comments.
    /// Words are matched case-insensitively.
    /// </summary>
    /// <exception cref="FormatException">A line is not of that form.</exception>
    public static TranslationTable Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var german = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var english = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var target = fields.Length == 3 && fields[1].Length > 0 && fields[2].Length > 0
                ? fields[0] switch { "de" => german, "en" => english, _ => null }
                : null;
            if (target is null)
            {
                throw new FormatException($"Translation table line {number} is not 'de|en<TAB>word<TAB>translations': {line}");
            }

            target[fields[1].ToLowerInvariant()] = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        // A plain dictionary: freezing a quarter of a million entries took seconds at start, for no measurable lookup gain.
        return new TranslationTable(german, english);
    }

    /// <summary>English translations of a German word, most common first; empty when the dictionary has none.</summary>
    public IReadOnlyList<string> ToEnglish(string germanWord) => Lookup(germanToEnglish, germanWord);

    /// <summary>German translations of an English word, most common first; empty when the dictionary has none.</summary>
    public IReadOnlyList<string> ToGerman(string englishWord) => Lookup(englishToGerman, englishWord);

    /// <summary>The translations of <paramref name="word"/> in both directions: empty when the dictionary has no such word.</summary>
    public IEnumerable<string> Translations(string word) => ToEnglish(word).Concat(ToGerman(word));

    private static string[] Lookup(Dictionary<string, string[]> table, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return table.TryGetValue(word.ToLowerInvariant(), out var found) ? found : [];
    }
}
