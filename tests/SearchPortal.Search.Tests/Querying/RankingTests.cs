using Lucene.Net.Search.Similarities;

namespace SearchPortal.Search.Tests.Querying;

[TestFixture(typeof(BM25Similarity))]
[TestFixture(typeof(DefaultSimilarity))]
public sealed class RankingTests(Type similarityType)
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive(similarity: (Similarity)Activator.CreateInstance(similarityType)!);

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [Test]
    public void An_article_with_all_words_outranks_one_with_a_single_word_in_its_title()
    {
        // "profile" has Tokayev in its short title, which alone scores high; "call" has both words in its body.
        var ids = archive.Ids("Tokayev vaccines");

        Assert.That(ids[0], Is.EqualTo("call"));
        Assert.That(ids, Does.Contain("profile"));
    }

    [Test]
    public void An_article_with_all_words_outranks_those_with_some()
    {
        var ids = archive.Ids("Wang Yi Mirsijojew Usbekistans");

        Assert.That(ids[0], Is.EqualTo("almaty"));
    }

    [Test]
    public void A_word_in_the_title_outranks_the_word_in_the_body()
    {
        var ids = archive.Ids("Tokayev");

        Assert.That(ids, Is.EqualTo(new[] { "profile", "call" }));
    }
}
