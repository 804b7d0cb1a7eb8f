using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Language;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Indexer.Composition;

/// <summary>The ingestion and annotation pipeline of one CLI run, built from the vocabulary the archivist chose.</summary>
internal sealed class ArchiveServices
{
    private ArchiveServices(FacetVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        Sources = ArticleSourceReader.Create(new LanguageDetector());
        Annotator = new ArticleAnnotator(new FacetExtractor(vocabulary));
    }

    public FacetVocabulary Vocabulary { get; }

    public ArticleSourceReader Sources { get; }

    public ArticleAnnotator Annotator { get; }

    /// <summary>Loads the vocabulary: the given file, else data/facet-vocabulary.json under the working directory, else the copy shipped with the tool.</summary>
    public static ArchiveServices Load(CliContext context, string? vocabularyPath) =>
        new(LoadVocabulary(context, vocabularyPath));

    public static FacetVocabulary LoadVocabulary(CliContext context, string? vocabularyPath)
    {
        if (vocabularyPath is not null)
        {
            return FacetVocabulary.Load(context.Resolve(vocabularyPath));
        }

        var inRepository = Path.Combine(context.WorkingDirectory, "data", FacetVocabulary.DefaultFileName);
        return File.Exists(inRepository) ? FacetVocabulary.Load(inRepository) : FacetVocabulary.LoadDefault();
    }
}
