using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Indexer.Benchmarking;

namespace SearchPortal.Indexer.Tests.Benchmarking;

public sealed class ScaledCorpusTests
{
    private static readonly IngestRecord[] Source =
    [
        IngestRecord.Read("a.txt", Article("tokayev-xi-call", "Tokayev and Xi speak by phone")),
        new IngestRecord("broken.txt", "broken", null, "empty file"),
        IngestRecord.Read("b.txt", Article("c5-plus-1-new-york", "C5+1 ministers meet in New York")),
        IngestRecord.Read("c.txt", Article("astana-summit", "Consultative Meeting opens in Astana")),
    ];

    [Test]
    public void Later_passes_repeat_the_articles_under_derived_ids_until_the_size_is_reached()
    {
        var ids = new ScaledCorpus(() => Source, 7).Records().Select(r => r.Article!.Id).ToList();

        Assert.That(ids, Is.EqualTo(new[]
        {
            "tokayev-xi-call", "c5-plus-1-new-york", "astana-summit",
            "tokayev-xi-call~r1", "c5-plus-1-new-york~r1", "astana-summit~r1",
            "tokayev-xi-call~r2",
        }));
    }

    [Test]
    public void A_derived_article_keeps_the_text_and_language_of_the_real_one()
    {
        var copy = new ScaledCorpus(() => Source, 5).Records().Last();

        Assert.That(copy.Id, Is.EqualTo("c5-plus-1-new-york~r1"));
        Assert.That(copy.Article!.Title, Is.EqualTo("C5+1 ministers meet in New York"));
        Assert.That(copy.Article.Text, Is.EqualTo(Source[2].Article!.Text));
        Assert.That(copy.Article.Language, Is.EqualTo(ArticleLanguage.English));
    }

    [Test]
    public void A_size_smaller_than_the_corpus_takes_its_first_articles_only()
    {
        var ids = new ScaledCorpus(() => Source, 2).Records().Select(r => r.Id).ToList();

        Assert.That(ids, Is.EqualTo(new[] { "tokayev-xi-call", "c5-plus-1-new-york" }));
    }

    [Test]
    public void A_corpus_without_readable_articles_cannot_be_scaled()
    {
        var scaled = new ScaledCorpus(() => [Source[1]], 3);

        Assert.That(() => scaled.Records().ToList(), Throws.InvalidOperationException.With.Message.Contains("no readable article"));
    }

    private static Article Article(string id, string title) => new(
        id, title, $"{title}. The ministers discussed trade, water and transport.", ArticleLanguage.English,
        new DateOnly(2024, 5, 1), "Kazinform", null, null);
}
