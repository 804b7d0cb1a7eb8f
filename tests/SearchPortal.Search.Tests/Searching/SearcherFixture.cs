using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>An ArticleSearcher over an index, with a small vocabulary and its own analyzers.</summary>
internal sealed class SearcherFixture : IDisposable
{
    private readonly ArticleAnalyzer analyzer = new();

    public SearcherFixture(ArticleIndex index)
    {
        Searcher = new ArticleSearcher(index, Vocabulary, analyzer);
    }

    public static FacetVocabulary Vocabulary { get; } = new(
        [
            new VocabularyEntry("Kazakhstan", ["Kasachstan", "Kazakh", "Kazakhstani"]),
            new VocabularyEntry("Kyrgyzstan", ["Kirgisistan", "Kyrgyz"]),
            new VocabularyEntry("Uzbekistan", ["Usbekistan", "Uzbek"]),
            new VocabularyEntry("Mongolia", ["Mongolei"]),
        ],
        [new VocabularyEntry("C5+1", ["C5 plus 1"]), new VocabularyEntry("Consultative Meeting", ["Konsultativtreffen"])],
        [new VocabularyEntry("Kassym-Jomart Tokayev", ["Tokajew", "Tokayev"], "President", "Kazakhstan")]);

    public ArticleSearcher Searcher { get; }

    public IReadOnlyList<string> Ids(string query = "") =>
        Searcher.Search(SearchRequest.For(query, MatchMode.AnyWord) with { PageSize = 100, Snippets = false }).Hits.Select(h => h.Id).ToList();

    public void Dispose() => analyzer.Dispose();
}
