using System.Text;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Analysis;

public class ArticleAnalyzerTests
{
    private static readonly ArticleAnalyzer IndexAnalyzer = new();

    [Test]
    public void English_fields_stem_german_fields_split_and_other_fields_stay_literal()
    {
        Assert.That(AnalyzedToken.Terms(IndexAnalyzer, ArticleFields.BodyEnglish, "the meetings"), Is.EqualTo(new[] { "meet" }));
        Assert.That(AnalyzedToken.Terms(IndexAnalyzer, ArticleFields.TitleGerman, "Außenministertreffen"), Does.Contain("minist"));
        Assert.That(AnalyzedToken.Terms(IndexAnalyzer, ArticleFields.BodyNeutral, "the meetings"), Is.EqualTo(new[] { "the", "meetings" }));
        Assert.That(AnalyzedToken.Terms(IndexAnalyzer, "some_unknown_field", "Außenministertreffen"), Is.EqualTo(new[] { "aussenministertreffen" }));
    }

    [Test]
    public void Without_a_part_list_the_analyzer_routes_the_same_way_but_keeps_german_compounds_whole()
    {
        using var wholeWords = new ArticleAnalyzer(germanCompoundParts: null);

        Assert.That(AnalyzedToken.Terms(wholeWords, ArticleFields.BodyEnglish, "the meetings"), Is.EqualTo(new[] { "meet" }));
        Assert.That(AnalyzedToken.Terms(wholeWords, ArticleFields.BodyGerman, "Außenministertreffen"), Has.Count.EqualTo(1));
        Assert.That(AnalyzedToken.Terms(wholeWords, ArticleFields.BodyNeutral, "Außenminister"), Is.EqualTo(new[] { "aussenminister" }));
    }

    [TestCase(ArticleFields.BodyEnglish)]
    [TestCase(ArticleFields.BodyGerman)]
    [TestCase(ArticleFields.BodyNeutral)]
    public void Every_chain_stops_after_the_token_cap(string field)
    {
        var text = new StringBuilder();
        for (int i = 0; i < ArticleAnalyzer.MaxTokensPerField + 50; i++)
        {
            text.Append("Almaty ");
        }

        var tokens = AnalyzedToken.Read(IndexAnalyzer, field, text.ToString());

        Assert.That(tokens, Has.Count.EqualTo(ArticleAnalyzer.MaxTokensPerField));
    }
}
