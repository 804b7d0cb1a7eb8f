using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Ranking regression on the five seed articles (data/sample-corpus), all about Central Asian diplomacy, so most
/// questions share words with several of them: each question, written from one article's own text, must rank that
/// article first. Two quote a name before a hyphen, as German text does („…“-Format), which once excluded the word.
/// </summary>
public sealed class SampleCorpusRelevanceTests
{
    private RelevanceArchive archive = null!;

    [OneTimeSetUp]
    public void IndexTheSeeds() => archive = new RelevanceArchive([RepositoryLocator.SampleCorpus()], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void Dispose() => archive.Dispose();

    [TestCase("Which officials gathered in Xi'an to inaugurate the secretariat of the China-Central Asia cooperation mechanism?", "000")]
    [TestCase("Wann fand das sechste Treffen der Außenminister im Zentralasien-China-Format statt?", "001")]
    [TestCase("Treffen der Außenminister Chinas und Zentralasiens in Almaty", "001")]
    [TestCase("Sechstes Treffen im \u201EZentralasien-China\u201C-Format in Almaty", "001")]
    [TestCase("What did Secretary Blinken say about the C5+1 Critical Minerals Dialogue at the UN General Assembly?", "002")]
    [TestCase("Secretary of State meets Central Asian foreign ministers in New York", "002")]
    [TestCase("Blinken on the \"C5+1\"-platform for business partnerships with Central Asia", "002")]
    [TestCase("Tokayev and Xi Jinping telephone conversation before the anniversary of diplomatic relations", "003")]
    [TestCase("Which heads of state met to discuss water supply, border management and migration?", "004")]
    [TestCase("consultative meeting Central Asia integration", "004")]
    public void A_question_written_from_an_article_ranks_that_article_first(string question, string seed)
    {
        var top = archive.Searcher.TopIds(question, 5, MatchMode.AnyWord);

        Assert.That(top, Is.Not.Empty);
        Assert.That(top[0].Id, Does.StartWith(seed + "_"), $"ranking: {string.Join(", ", top.Select(hit => hit.Id))}");
    }
}
