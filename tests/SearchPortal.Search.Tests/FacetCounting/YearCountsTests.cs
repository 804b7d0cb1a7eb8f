using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.FacetCounting;

public sealed class YearCountsTests
{
    [Test]
    public void Years_far_before_and_after_the_first_one_counted_are_all_kept_across_segments()
    {
        using var directory = new RAMDirectory();
        using (var analyzer = new ArticleAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            // Two segments; the second starts decades before the first and ends a century after it.
            foreach (var segment in new[] { new int?[] { 2024, 2024, null, 2023 }, [1950, 2024, 2150, 1950] })
            {
                var document = new ReusableArticleDocument();
                foreach (var year in segment)
                {
                    var yearValue = year is { } y ? new FacetValue(y.ToString(CultureInfo.InvariantCulture), null, []) : null;
                    var article = new Article(Guid.NewGuid().ToString(), "Talks", "Talks in Astana.", ArticleLanguage.English, null, null, null, null);
                    writer.AddDocument(document.Fill(new AnnotatedArticle(article, ArticleFacets.None with { Year = yearValue }, article.Id)));
                }

                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var years = DrillSidewaysCollector.CountAll(reader, [ArticleFields.Year], 10).Single().Values.Select(v => (v.Value, v.Count));

        Assert.That(reader.Leaves, Has.Count.EqualTo(2));
        Assert.That(years, Is.EqualTo(new[] { ("2024", 3), ("1950", 2), ("2023", 1), ("2150", 1), ("undated", 1) }), "the article without a year in its own bucket");
    }
}
