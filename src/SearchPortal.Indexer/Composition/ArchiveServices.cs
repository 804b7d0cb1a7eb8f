using System.Diagnostics.CodeAnalysis;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Indexer.Composition;

/// <summary>The ingestion and annotation pipeline of one CLI run, built from the vocabulary the archivist chose.</summary>
internal sealed class ArchiveServices
{
    private ArchiveServices(FacetVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        Ingestion = new IngestionPipeline(vocabulary);
    }

    public FacetVocabulary Vocabulary { get; }

    public IngestionPipeline Ingestion { get; }

    /// <summary>
    /// Builds the pipeline on the vocabulary (the given file, else data/facet-vocabulary.json under the working
    /// directory, else the copy shipped with the tool). A vocabulary that cannot be read is reported as such and
    /// <paramref name="exitCode"/> says how the command ends.
    /// </summary>
    public static bool TryLoad(CliContext context, string? vocabularyPath, [NotNullWhen(true)] out ArchiveServices? services, out int exitCode)
    {
        services = TryLoadVocabulary(context, vocabularyPath, out var vocabulary, out exitCode) ? new ArchiveServices(vocabulary) : null;
        return services is not null;
    }

    /// <summary>Loads the vocabulary alone, found and reported as by <see cref="TryLoad"/>.</summary>
    public static bool TryLoadVocabulary(CliContext context, string? vocabularyPath, [NotNullWhen(true)] out FacetVocabulary? vocabulary, out int exitCode)
    {
        try
        {
            vocabulary = LoadVocabulary(context, vocabularyPath);
            exitCode = ExitCodes.Success;
            return true;
        }
        catch (Exception ex) when (ex is VocabularyException or IOException or UnauthorizedAccessException)
        {
            vocabulary = null;
            exitCode = context.Fail(ExitCodes.VocabularyInvalid, $"vocabulary: {ex.Message}");
            return false;
        }
    }

    private static FacetVocabulary LoadVocabulary(CliContext context, string? vocabularyPath)
    {
        if (vocabularyPath is not null)
        {
            return FacetVocabulary.Load(context.Resolve(vocabularyPath));
        }

        var inRepository = Path.Combine(context.WorkingDirectory, "data", FacetVocabulary.DefaultFileName);
        return File.Exists(inRepository) ? FacetVocabulary.Load(inRepository) : FacetVocabulary.LoadDefault();
    }
}
