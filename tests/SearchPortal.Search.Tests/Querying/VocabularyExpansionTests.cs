namespace SearchPortal.Search.Tests.Querying;

public sealed class VocabularyExpansionTests
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive();

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [Test]
    public void A_German_country_name_finds_English_articles_about_the_country()
    {
        var ids = archive.Ids("Kasachstan");

        Assert.That(ids, Does.Contain("kz-cn").And.Contain("c5"));
        Assert.That(ids, Does.Contain("almaty"), "the word as typed keeps its own match");
    }

    [Test]
    public void An_English_country_name_finds_German_articles_about_the_country()
    {
        Assert.That(archive.Ids("Kazakhstan"), Is.EquivalentTo(new[] { "kz-cn", "almaty", "c5", "call" }));
    }

    [Test]
    public void A_transliteration_finds_the_other_spelling()
    {
        Assert.That(archive.Ids("Kulubaev"), Is.EquivalentTo(new[] { "kz-cn" }));
    }

    [Test]
    public void A_German_transliteration_finds_English_and_German_articles()
    {
        Assert.That(archive.Ids("Mirsijojew"), Is.EquivalentTo(new[] { "almaty", "consult" }));
        Assert.That(archive.Ids("Mirziyoyev"), Is.EquivalentTo(new[] { "almaty", "consult" }));
    }

    [Test]
    public void Expansion_ignores_case_and_diacritics()
    {
        Assert.That(archive.Ids("KULUBÁEV"), Is.EquivalentTo(new[] { "kz-cn" }));
    }

    [Test]
    public void Two_plain_words_naming_an_entry_are_expanded_together()
    {
        // Neither word alone is a spelling, nor does either occur in any article: only the pair names Kulubayev.
        Assert.That(archive.Ids("Dschenbek Kulubajew"), Is.EquivalentTo(new[] { "kz-cn" }));
    }

    [Test]
    public void Three_plain_words_naming_an_entry_are_expanded_together()
    {
        Assert.That(archive.Ids("Qasym Jomart Toqaev"), Is.EquivalentTo(new[] { "call", "profile" }));
    }

    [Test]
    public void A_quoted_spelling_is_expanded_like_a_word()
    {
        Assert.That(archive.Ids("\"Volksrepublik China\""), Is.EquivalentTo(new[] { "kz-cn", "almaty", "call" }));
    }

    [Test]
    public void Expansion_respects_the_title_prefix()
    {
        Assert.That(archive.Ids("title:Kasachstan"), Is.EquivalentTo(new[] { "kz-cn", "call" }));
    }

    [Test]
    public void An_excluded_name_excludes_all_its_spellings()
    {
        Assert.That(archive.Ids("President"), Does.Contain("consult"));
        Assert.That(archive.Ids("President -Mirsijojew"), Is.EquivalentTo(new[] { "call", "profile" }));
    }

    [Test]
    public void A_word_outside_the_vocabulary_is_not_expanded()
    {
        Assert.That(archive.Ids("Almaty"), Is.EquivalentTo(new[] { "almaty" }));
    }
}
