using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Analysis;

public class GermanChainAnalyzerTests
{
    private static readonly GermanChainAnalyzer IndexAnalyzer = new(GermanCompoundParts.Default);
    private static readonly GermanChainAnalyzer QueryAnalyzer = new(compoundParts: null);

    [Test]
    public void Seed_sentence_is_normalized_stemmed_and_its_compound_split()
    {
        string sentence = EnglishChainAnalyzerTests.SeedSentence("001", "einen Tag vor dem Außenministertreffen");

        var terms = AnalyzedToken.Terms(IndexAnalyzer, "body_de", sentence);

        // "Am 25. April, einen Tag vor dem Außenministertreffen, fand ... ein kasachisch-chinesischer Strategiedialog statt."
        Assert.That(terms, Is.EqualTo(new[]
        {
            "tag", "aussenministertreff", "auss", "minist", "treff", "aussenminist", "ministertreff",
            "fand", "almaty", "kasachisch", "chinesisch", "strategiedialog", "strategi", "dialog", "statt",
        }));
    }

    [Test]
    public void Stop_words_are_removed()
    {
        var terms = AnalyzedToken.Terms(QueryAnalyzer, "body_de", "Die Teilnehmer diskutierten Vorschläge zur Verbesserung der Zusammenarbeit");

        Assert.That(terms, Has.None.AnyOf("die", "der", "zur"));
        Assert.That(terms, Has.Count.EqualTo(5));
    }

    [TestCase("Außenminister")]
    [TestCase("Aussenminister")]
    [TestCase("Außenministers")]
    [TestCase("Aussenministers")]
    [TestCase("AUSSENMINISTER")]
    public void Spellings_and_inflections_of_Aussenminister_meet_in_one_term(string query)
    {
        var expected = AnalyzedToken.Terms(QueryAnalyzer, "body_de", "Außenminister");

        Assert.That(AnalyzedToken.Terms(QueryAnalyzer, "body_de", query), Is.EqualTo(expected));
    }

    [Test]
    public void Umlauts_normalize_so_undotted_spellings_match()
    {
        Assert.That(AnalyzedToken.Terms(QueryAnalyzer, "body_de", "Stärkung"), Is.EqualTo(AnalyzedToken.Terms(QueryAnalyzer, "body_de", "Staerkung")));
        Assert.That(AnalyzedToken.Terms(QueryAnalyzer, "body_de", "Gespräche"), Is.EqualTo(AnalyzedToken.Terms(QueryAnalyzer, "body_de", "Gespraeche")));
    }

    [Test]
    public void Query_chain_and_index_chain_agree_on_simple_words()
    {
        const string text = "Die Gespräche von Almaty zeigen das Bestreben beider Länder";

        Assert.That(AnalyzedToken.Terms(IndexAnalyzer, "body_de", text), Is.EqualTo(AnalyzedToken.Terms(QueryAnalyzer, "body_de", text)));
    }
}
