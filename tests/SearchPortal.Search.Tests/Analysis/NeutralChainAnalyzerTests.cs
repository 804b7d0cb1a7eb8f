using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Analysis;

public class NeutralChainAnalyzerTests
{
    private static readonly NeutralChainAnalyzer Analyzer = new();

    [Test]
    public void Names_stay_whole_and_unstemmed()
    {
        var terms = AnalyzedToken.Terms(Analyzer, "body_std", "President Shavkat Mirziyoyev meetings");

        Assert.That(terms, Is.EqualTo(new[] { "president", "shavkat", "mirziyoyev", "meetings" }));
    }

    [Test]
    public void Stop_words_are_kept_for_exact_phrases()
    {
        Assert.That(AnalyzedToken.Terms(Analyzer, "body_std", "The Belt and Road"), Is.EqualTo(new[] { "the", "belt", "and", "road" }));
    }

    [Test]
    public void Sharp_s_folds_to_ss_and_umlauts_lose_their_dots()
    {
        Assert.That(AnalyzedToken.Terms(Analyzer, "title_std", "Außenministertreffen stärkt Beziehungen"),
            Is.EqualTo(new[] { "aussenministertreffen", "starkt", "beziehungen" }));
        Assert.That(AnalyzedToken.Terms(Analyzer, "title_std", "Aussenministertreffen"), Is.EqualTo(new[] { "aussenministertreffen" }));
    }

    [Test]
    public void Diacritics_of_transliterated_names_fold_away()
    {
        Assert.That(AnalyzedToken.Terms(Analyzer, "body_std", "Tokaýew Qasym-Jomart Toqaev"), Is.EqualTo(new[] { "tokayew", "qasym", "jomart", "toqaev" }));
    }
}
