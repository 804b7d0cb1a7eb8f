using System.Reflection;
using Lucene.Net.Analysis.Util;

namespace SearchPortal.Search.Analysis;

/// <summary>The German compound-part word list (derived from Hunspell de_DE, see tools/wordlist) as a read-only set.</summary>
internal static class GermanCompoundParts
{
    private const string ResourceName = "SearchPortal.Search.Analysis.Resources.german-compound-parts.txt";

    // Read-only data loaded once: 26k words take a few milliseconds to load, too slow to repeat per analyzer.
    private static readonly Lazy<CharArraySet> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded list, loaded on first use; unmodifiable and case-insensitive.</summary>
    public static CharArraySet Default => Shared.Value;

    /// <summary>Reads a list in the resource format: one word per line, lines starting with '#' are comments.</summary>
    public static CharArraySet Read(TextReader reader)
    {
        var set = new CharArraySet(ArticleAnalyzer.Version, 32_768, ignoreCase: true);
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                set.Add(word);
            }
        }

        return set.AsReadOnly();
    }

    private static CharArraySet Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader);
    }
}
