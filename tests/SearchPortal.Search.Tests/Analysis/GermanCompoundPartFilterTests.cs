using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Analysis;

public class GermanCompoundPartFilterTests
{
    private static readonly GermanChainAnalyzer IndexAnalyzer = new(GermanCompoundParts.Default);

    [Test]
    public void Parts_carry_the_whole_compounds_offsets_and_share_its_position()
    {
        string text = RepositoryFiles.SeedArticle("001");
        int start = text.IndexOf("Generalkonsulats", StringComparison.Ordinal);

        var tokens = AnalyzedToken.Read(IndexAnalyzer, "body_de", text)
            .Where(t => t.StartOffset == start).ToList();

        Assert.That(tokens.ConvertAll(t => t.Term), Is.EqualTo(new[] { "generalkonsulat", "general", "konsulat" }));
        Assert.That(tokens, Has.All.Matches<AnalyzedToken>(t => t.EndOffset == start + "Generalkonsulats".Length));
        Assert.That(tokens.Skip(1), Has.All.Matches<AnalyzedToken>(t => t.PositionIncrement == 0));
    }

    [Test]
    public void Single_parts_and_runs_of_parts_are_told_apart_by_token_type()
    {
        var tokens = AnalyzedToken.Read(IndexAnalyzer, "body_de", "Außenministertreffen");

        var parts = tokens.Where(t => t.Type == GermanCompoundPartFilter.PartType).Select(t => t.Term);
        var runs = tokens.Where(t => t.Type == GermanCompoundPartFilter.RunType).Select(t => t.Term);
        Assert.That(tokens[0].Term, Is.EqualTo("aussenministertreff"));
        Assert.That(parts, Is.EqualTo(new[] { "auss", "minist", "treff" }));
        Assert.That(runs, Is.EquivalentTo(new[] { "aussenminist", "ministertreff" }));
    }

    [TestCase("Information")]
    [TestCase("Bedingungen")]
    [TestCase("Regierung")]
    [TestCase("Entwicklung")]
    [TestCase("Beziehungen")]
    [TestCase("Herausforderungen")]
    [TestCase("Mannschaften")]
    [TestCase("zahlreiche")]
    [TestCase("Bürgerinnen")]
    public void Ordinary_words_are_not_shredded_into_fragments(string word)
    {
        Assert.That(AnalyzedToken.Read(IndexAnalyzer, "body_de", word), Has.Count.EqualTo(1));
    }

    [TestCase("Wirtschaftszusammenarbeit", "wirtschaft", "zusammenarbeit")]
    [TestCase("Ministerpräsidentin", "minist", "prasidentin")]
    [TestCase("Bundeskanzlerin", "bund", "kanzlerin")]
    [TestCase("Präsidentenwahlen", "prasident", "wahl")]
    public void Compounds_yield_their_parts_across_linking_elements(string word, string firstPart, string lastPart)
    {
        var terms = AnalyzedToken.Terms(IndexAnalyzer, "body_de", word);

        Assert.That(terms, Does.Contain(firstPart).And.Contain(lastPart));
    }
}
