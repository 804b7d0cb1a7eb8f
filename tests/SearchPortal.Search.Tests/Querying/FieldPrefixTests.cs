namespace SearchPortal.Search.Tests.Querying;

public sealed class FieldPrefixTests
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive();

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [Test]
    public void Title_prefix_searches_only_the_titles()
    {
        Assert.That(archive.Ids("Tokayev"), Is.EquivalentTo(new[] { "call", "profile" }));
        Assert.That(archive.Ids("title:Tokayev"), Is.EquivalentTo(new[] { "profile" }));
    }

    [Test]
    public void Country_prefix_filters_by_the_canonical_value_of_any_spelling()
    {
        var expected = new[] { "kz-cn", "almaty", "c5", "call" };

        Assert.That(archive.Ids("country:Kasachstan"), Is.EquivalentTo(expected));
        Assert.That(archive.Ids("country:kazakhstan"), Is.EquivalentTo(expected));
        Assert.That(archive.Ids("COUNTRY:Qazaqstan"), Is.EquivalentTo(expected));
    }

    [Test]
    public void Country_prefix_accepts_an_inflected_spelling_and_a_surname_names_its_official()
    {
        var (ids, parsed) = archive.Search("country:Kasachstans");

        Assert.That(ids, Is.EquivalentTo(new[] { "kz-cn", "almaty", "c5", "call" }));
        Assert.That(parsed.Notice, Is.Null);
        Assert.That(archive.Ids("official:Kulubajew"), Is.EquivalentTo(new[] { "kz-cn" }));
    }

    [Test]
    public void Official_prefix_takes_a_quoted_multiword_name()
    {
        Assert.That(archive.Ids("official:\"Wang Yi\""), Is.EquivalentTo(new[] { "kz-cn", "almaty" }));
    }

    [Test]
    public void Official_prefix_joins_an_unquoted_multiword_name()
    {
        var (ids, parsed) = archive.Search("official:Wang Yi");

        Assert.That(ids, Is.EquivalentTo(new[] { "kz-cn", "almaty" }));
        Assert.That(parsed.Notice, Is.Null);
    }

    [Test]
    public void Official_prefix_resolves_a_transliteration()
    {
        Assert.That(archive.Ids("official:Mirsijojew"), Is.EquivalentTo(new[] { "almaty", "consult" }));
    }

    [Test]
    public void Format_prefix_filters_by_format()
    {
        Assert.That(archive.Ids("format:C5+1"), Is.EquivalentTo(new[] { "c5" }));
        Assert.That(archive.Ids("format:China-Zentralasien"), Is.EquivalentTo(new[] { "almaty" }));
    }

    [Test]
    public void Year_prefix_takes_a_year_or_a_range()
    {
        Assert.That(archive.Ids("year:2021"), Is.EquivalentTo(new[] { "call" }));
        Assert.That(archive.Ids("year:2021..2023"), Is.EquivalentTo(new[] { "call", "profile", "almaty" }));
        Assert.That(archive.Ids("year:[2023 TO 2024]"), Is.EquivalentTo(new[] { "almaty", "kz-cn", "c5", "consult" }));
        Assert.That(archive.Ids("year:[2024 TO *]"), Is.EquivalentTo(new[] { "kz-cn", "c5", "consult" }));
    }

    [Test]
    public void Lang_prefix_filters_by_language()
    {
        Assert.That(archive.Ids("lang:de"), Is.EquivalentTo(new[] { "almaty" }));
        Assert.That(archive.Ids("lang:EN"), Has.Count.EqualTo(5));
    }

    [Test]
    public void A_filter_beside_words_narrows_them()
    {
        Assert.That(archive.Ids("Tokayev year:2021"), Is.EquivalentTo(new[] { "call" }));
        Assert.That(archive.Ids("Mirziyoyev lang:de"), Is.EquivalentTo(new[] { "almaty" }));
    }

    [Test]
    public void Filters_can_be_combined_with_OR_and_excluded()
    {
        Assert.That(archive.Ids("country:Tajikistan OR official:Tokayev"), Is.EquivalentTo(new[] { "c5", "call", "profile" }));
        Assert.That(archive.Ids("country:Kazakhstan -country:China"), Is.EquivalentTo(new[] { "c5" }));
    }

    [Test]
    public void A_field_applies_to_a_parenthesised_group()
    {
        Assert.That(archive.Ids("country:(Tajikistan OR Usbekistan) -lang:de"), Is.EquivalentTo(new[] { "c5", "consult", "profile" }));
    }

    [Test]
    public void An_unknown_country_is_searched_as_a_word_with_a_notice()
    {
        var (ids, parsed) = archive.Search("country:Tashkent");

        Assert.That(ids, Is.EquivalentTo(new[] { "profile" }));
        Assert.That(parsed.Notice, Does.Contain("Tashkent").And.Contain("country"));
    }

    [Test]
    public void An_unknown_language_is_ignored_with_a_notice()
    {
        var (ids, parsed) = archive.Search("Blinken lang:fr");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("lang:fr"));
    }

    [Test]
    public void A_malformed_year_is_ignored_with_a_notice()
    {
        var (ids, parsed) = archive.Search("Blinken year:last");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("year:last"));
    }

    [Test]
    public void An_unknown_prefix_is_searched_as_words_with_a_notice()
    {
        var (ids, parsed) = archive.Search("author:Blinken");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("author:"));
    }

    [Test]
    public void A_field_without_a_value_is_ignored_with_a_notice()
    {
        var (ids, parsed) = archive.Search("Blinken country:");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("country:"));
    }
}
