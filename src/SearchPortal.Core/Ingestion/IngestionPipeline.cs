using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Language;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Ingestion;

/// <summary>The ingestion pipeline over one vocabulary: the sources reader (with its language detector) and the annotator (facet extraction).</summary>
public sealed class IngestionPipeline
{
    public IngestionPipeline(FacetVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Sources = ArticleSourceReader.Create(new LanguageDetector());
        Annotator = new ArticleAnnotator(new FacetExtractor(vocabulary));
    }

    public ArticleSourceReader Sources { get; }

    public ArticleAnnotator Annotator { get; }
}
