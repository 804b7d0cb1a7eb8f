using System.IO.Compression;
using System.Reflection;
using SearchPortal.Core.Language;

namespace SearchPortal.Search.Querying;

/// <summary>The embedded German ↔ English translation table (derived from Ding, see tools/translation).</summary>
internal static class QueryTranslations
{
    private const string ResourceName = "SearchPortal.Search.Analysis.Resources.translations.tsv.gz";

    // Read-only data loaded once: a few hundred thousand entries take a moment to read, too slow to repeat per searcher.
    private static readonly Lazy<TranslationTable> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded table, loaded on first use.</summary>
    public static TranslationTable Default => Shared.Value;

    private static TranslationTable Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var unzipped = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(unzipped, System.Text.Encoding.UTF8);
        return TranslationTable.Read(reader);
    }
}
