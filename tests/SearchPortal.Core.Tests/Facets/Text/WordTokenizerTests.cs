using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Tests.Facets.Text;

public class WordTokenizerTests
{
    private static string[] Keys(string text) => [.. WordTokenizer.Tokenize(text).Select(t => t.Key)];

    [Test]
    public void Dotted_abbreviations_collapse_and_keep_their_case()
    {
        var tokens = WordTokenizer.Tokenize("U.S.-Central Asian");
        Assert.That(tokens.Select(t => t.Surface), Is.EqualTo(new[] { "US", "Central", "Asian" }));
        Assert.That(tokens[1].HyphenBefore, Is.True);
    }

    [Test]
    public void Possessives_drop_but_inner_apostrophes_stay()
    {
        Assert.That(Keys("Kazakhstan’s role in Xi'an and Côte d'Ivoire"), Is.EqualTo(new[] { "kazakhstan", "role", "in", "xi'an", "and", "cote", "d'ivoire" }));
    }

    [Test]
    public void Keys_are_lower_case_without_diacritics()
    {
        Assert.That(Keys("Türkiye Außenminister İlham Əliyev"), Is.EqualTo(new[] { "turkiye", "aussenminister", "ilham", "aliyev" }));
    }

    [Test]
    public void Commas_break_phrases_but_dashes_do_not()
    {
        var tokens = WordTokenizer.Tokenize("China, Central Asia – China");
        Assert.That(tokens.Select(t => t.BreakBefore), Is.EqualTo(new[] { false, true, false, false }));
    }

    [Test]
    public void Latin_1_letters_stay_in_words_and_its_spaces_and_signs_separate_them()
    {
        // Characters below 256 are classed from a table: the ordinal indicators and ß are letters, the no-break space,
        // middle dot, section sign and multiplication sign are not.
        Assert.That(
            Keys("Außenminister Müller\u00A0traf am 1º Mai·São Paulo §\u00A05 2×3"),
            Is.EqualTo(new[] { "aussenminister", "muller", "traf", "am", "1º", "mai", "sao", "paulo", "5", "2", "3" }));
    }

    [Test]
    public void Plus_signs_belong_to_format_names()
    {
        Assert.That(Keys("C5+1 and C+C5"), Is.EqualTo(new[] { "c5+1", "and", "c+c5" }));
    }
}
