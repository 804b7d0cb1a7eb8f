using System.Globalization;

namespace SearchPortal.Search.Tests.Querying;

public sealed class WildcardTests
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive(withManyTerms: true);

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [Test]
    public void A_trailing_wildcard_matches_every_word_with_that_beginning()
    {
        Assert.That(archive.Ids("kazakh*"), Is.EquivalentTo(new[] { "kz-cn", "c5", "call" }));
    }

    [Test]
    public void A_trailing_wildcard_reaches_German_words_with_umlauts_and_sharp_s()
    {
        Assert.That(archive.Ids("Außenministertr*"), Is.EquivalentTo(new[] { "almaty" }));
        Assert.That(archive.Ids("zusammenarb*"), Is.EquivalentTo(new[] { "almaty" }));
    }

    [Test]
    public void A_wildcard_in_a_title_prefix_searches_only_titles()
    {
        Assert.That(archive.Ids("title:Kazakh*"), Is.EquivalentTo(new[] { "kz-cn", "call" }));
    }

    [Test]
    public void A_prefix_expanding_to_thousands_of_terms_does_not_overflow_the_clause_limit()
    {
        var (ids, parsed) = archive.Search("termini*");

        Assert.That(ids, Is.EquivalentTo(new[] { "many" }));
        Assert.That(parsed.Notice, Is.Null);
    }

    [Test]
    public void A_leading_wildcard_is_dropped_with_a_notice()
    {
        var (ids, parsed) = archive.Search("*Blinken");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("end of a word"));
    }

    [Test]
    public void A_one_letter_prefix_is_searched_as_the_letter_with_a_notice()
    {
        var (_, parsed) = archive.Search("k*");

        Assert.That(parsed.Notice, Does.Contain("too short"));
        Assert.That(parsed.MatchesAll, Is.False);
    }

    [Test]
    public void A_lone_star_reads_as_an_empty_query_with_a_notice()
    {
        var parsed = archive.NewParser().Parse("*");

        Assert.That(parsed.MatchesAll, Is.True);
        Assert.That(parsed.Notice, Is.Not.Null);
    }

    [Test]
    public void Wildcards_are_lowercased_the_same_in_every_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            // In Turkish, "I".ToLower() is a dotless ı, which no indexed term contains.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.That(archive.Ids("TITLE:KAZAKH*"), Is.EquivalentTo(new[] { "kz-cn", "call" }));
            Assert.That(archive.Ids("CRITI*"), Is.EquivalentTo(new[] { "c5" }));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
