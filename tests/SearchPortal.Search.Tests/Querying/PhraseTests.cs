namespace SearchPortal.Search.Tests.Querying;

public sealed class PhraseTests
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive();

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [Test]
    public void A_quoted_phrase_matches_the_words_in_order()
    {
        Assert.That(archive.Ids("\"critical minerals\""), Is.EquivalentTo(new[] { "c5" }));
    }

    [Test]
    public void A_quoted_phrase_does_not_match_the_words_in_another_order()
    {
        Assert.That(archive.Ids("\"minerals critical\""), Is.Empty);
    }

    [Test]
    public void A_phrase_spanning_a_stop_word_still_matches()
    {
        Assert.That(archive.Ids("\"heads of state\""), Is.EquivalentTo(new[] { "call", "consult" }));
    }

    [Test]
    public void A_German_phrase_matches_through_the_German_analysis()
    {
        Assert.That(archive.Ids("\"Außenminister Chinas\""), Is.EquivalentTo(new[] { "almaty" }));
    }

    [Test]
    public void Typographic_quotes_work_like_straight_ones()
    {
        Assert.That(archive.Ids("„telephone conversation“"), Is.EquivalentTo(new[] { "call" }));
    }

    [Test]
    public void A_hyphenated_word_finds_the_article_writing_it()
    {
        Assert.That(archive.Ids("Nur-Sultan"), Is.EquivalentTo(new[] { "call" }));
    }

    [Test]
    public void A_hyphenated_word_also_finds_its_parts_written_apart()
    {
        // No article writes "Kazakhstan China" side by side; kz-cn has both words, the others one of them.
        var ids = archive.Ids("Kazakhstan-China");

        Assert.That(ids[0], Is.EqualTo("kz-cn"));
        Assert.That(ids, Does.Contain("almaty").And.Contain("c5"));
    }
}
