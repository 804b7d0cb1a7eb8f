namespace SearchPortal.Search.Tests.Querying;

/// <summary>Parsing with every word required (the AND semantics of the other engines in the peers benchmark).</summary>
public sealed class AllWordsTests
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive();

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [Test]
    public void Every_plain_word_must_match()
    {
        Assert.That(archive.Ids("Tokayev vaccines"), Is.EquivalentTo(new[] { "call", "profile" }));
        Assert.That(archive.IdsWithAllWords("Tokayev vaccines"), Is.EqualTo(new[] { "call" }));
        Assert.That(archive.IdsWithAllWords("Blinken Tokayev"), Is.Empty);
    }

    [Test]
    public void A_phrase_must_match_as_a_phrase_beside_the_words()
    {
        Assert.That(archive.IdsWithAllWords("\"telephone conversation\" Tokayev"), Is.EqualTo(new[] { "call" }));
        Assert.That(archive.IdsWithAllWords("\"conversation telephone\" Tokayev"), Is.Empty);
    }

    [Test]
    public void Stop_words_add_nothing_to_require()
    {
        Assert.That(archive.IdsWithAllWords("the Tokayev vaccines"), Is.EqualTo(new[] { "call" }));
    }

    [Test]
    public void Explicit_OR_still_offers_alternatives()
    {
        Assert.That(archive.IdsWithAllWords("Blinken OR Tokayev"), Is.EquivalentTo(new[] { "c5", "call", "profile" }));
        Assert.That(archive.IdsWithAllWords("(Blinken OR Tokayev) vaccines"), Is.EqualTo(new[] { "call" }));
    }

    [Test]
    public void Each_word_still_matches_any_vocabulary_spelling()
    {
        // "Kasachstan" is German; the English article spells it Kazakhstan and also speaks of talks.
        Assert.That(archive.IdsWithAllWords("Kasachstan talks"), Is.EqualTo(new[] { "kz-cn" }));
    }
}
