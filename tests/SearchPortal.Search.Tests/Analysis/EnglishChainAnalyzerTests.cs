using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Analysis;

public class EnglishChainAnalyzerTests
{
    private static readonly EnglishChainAnalyzer Analyzer = new();

    [Test]
    public void Seed_sentence_is_lower_cased_stemmed_and_loses_stop_words_and_possessives()
    {
        string sentence = SeedSentence("003", "The parties positively assessed");

        var terms = AnalyzedToken.Terms(Analyzer, "body_en", sentence);

        Assert.That(terms, Is.EqualTo(new[]
        {
            "parti", "posit", "assess", "implement", "import", "agreement", "reach", "dure",
            "presid", "tokayev", "state", "visit", "china", "septemb", "2019",
        }));
    }

    [Test]
    public void Curly_and_straight_apostrophe_possessives_reduce_to_the_name()
    {
        Assert.That(AnalyzedToken.Terms(Analyzer, "body_en", "Kazakhstan’s President"), Is.EqualTo(new[] { "kazakhstan", "presid" }));
        Assert.That(AnalyzedToken.Terms(Analyzer, "body_en", "Kazakhstan's President"), Is.EqualTo(new[] { "kazakhstan", "presid" }));
    }

    [Test]
    public void Inflected_forms_meet_in_one_stem()
    {
        var meeting = AnalyzedToken.Terms(Analyzer, "body_en", "meetings meeting");
        var consult = AnalyzedToken.Terms(Analyzer, "body_en", "consultations consultation");

        Assert.That(meeting.Distinct(), Is.EqualTo(new[] { "meet" }));
        Assert.That(consult.Distinct(), Is.EqualTo(new[] { "consult" }));
    }

    [Test]
    public void Offsets_point_at_the_original_words()
    {
        const string text = "The Chinese President noted";

        var tokens = AnalyzedToken.Read(Analyzer, "body_en", text);

        Assert.That(tokens.ConvertAll(t => text[t.StartOffset..t.EndOffset]), Is.EqualTo(new[] { "Chinese", "President", "noted" }));
    }

    internal static string SeedSentence(string seed, string start)
    {
        string text = RepositoryFiles.SeedArticle(seed);
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.That(from, Is.GreaterThanOrEqualTo(0), $"seed {seed} no longer contains \"{start}\"");
        int end = from;
        while (end < text.Length && !(text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
        {
            end++;
        }

        return text[from..Math.Min(end + 1, text.Length)];
    }
}
