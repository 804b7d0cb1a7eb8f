namespace SearchPortal.Search.Tests.Querying;

public sealed class OperatorTests
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive();

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [Test]
    public void Plain_words_find_articles_with_any_of_them()
    {
        Assert.That(archive.Ids("Blinken Tokayev"), Is.EquivalentTo(new[] { "c5", "call", "profile" }));
    }

    [Test]
    public void AND_requires_every_operand()
    {
        Assert.That(archive.Ids("Tokayev AND vaccines"), Is.EquivalentTo(new[] { "call" }));
    }

    [Test]
    public void OR_accepts_either_operand()
    {
        Assert.That(archive.Ids("Blinken OR vaccines"), Is.EquivalentTo(new[] { "c5", "call" }));
    }

    [Test]
    public void NOT_excludes_articles_with_the_word()
    {
        Assert.That(archive.Ids("Kazakhstan NOT Blinken"), Is.EquivalentTo(new[] { "kz-cn", "almaty", "call" }));
    }

    [Test]
    public void Minus_excludes_like_NOT()
    {
        Assert.That(archive.Ids("Kazakhstan -Blinken"), Is.EquivalentTo(new[] { "kz-cn", "almaty", "call" }));
    }

    [Test]
    public void A_minus_inside_text_is_a_hyphen_not_an_exclusion()
    {
        // „critical minerals“-Blinken: the sign follows a closing quote, so Blinken is one more word, not excluded.
        Assert.That(archive.Ids("\u201Ecritical minerals\u201C-Blinken"), Is.EqualTo(new[] { "c5" }));
    }

    [Test]
    public void Plus_makes_a_word_required_while_the_others_stay_optional()
    {
        Assert.That(archive.Ids("+Blinken Tokayev"), Is.EquivalentTo(new[] { "c5" }));
    }

    [Test]
    public void NOT_alone_returns_every_article_but_the_excluded_ones()
    {
        var (ids, parsed) = archive.Search("NOT Blinken");

        Assert.That(ids, Is.EquivalentTo(new[] { "kz-cn", "almaty", "call", "consult", "profile" }));
        Assert.That(parsed.MatchesAll, Is.False);
    }

    [Test]
    public void Parentheses_group_an_OR_inside_an_AND()
    {
        Assert.That(archive.Ids("(Blinken OR Tokayev) AND airport"), Is.EquivalentTo(new[] { "profile" }));
    }

    [Test]
    public void AND_binds_tighter_than_OR()
    {
        Assert.That(archive.Ids("Blinken OR Tokayev AND airport"), Is.EquivalentTo(new[] { "c5", "profile" }));
    }

    [Test]
    public void Lowercase_operators_are_ordinary_words()
    {
        var (ids, parsed) = archive.Search("Blinken and vaccines");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5", "call" }));
        Assert.That(parsed.Notice, Is.Null);
    }

    [Test]
    public void A_dash_between_words_is_punctuation_not_an_exclusion()
    {
        Assert.That(archive.Ids("Blinken - vaccines"), Is.EquivalentTo(new[] { "c5", "call" }));
    }

    [Test]
    public void A_query_read_as_typed_has_no_notice()
    {
        var parsed = archive.NewParser().Parse("(Blinken OR Tokayev) AND NOT \"telephone conversation\" -airport title:Kazakh* year:2024");

        Assert.That(parsed.Notice, Is.Null);
        Assert.That(parsed.MatchesAll, Is.False);
    }
}
