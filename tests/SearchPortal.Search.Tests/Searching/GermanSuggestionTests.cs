using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>Autocomplete and did-you-mean on German words with umlauts and ß, over the real German Zeitgeist corpus.</summary>
public sealed class GermanSuggestionTests
{
    private RelevanceArchive archive = null!;

    [OneTimeSetUp]
    public void IndexTheCorpus() =>
        archive = new RelevanceArchive([RepositoryLocator.SharedCorpus("zeitgeist_de")], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void Remove() => archive.Dispose();

    [TestCase("Präs", "Präsident")]
    [TestCase("Auß", "Außen")]
    [TestCase("Gespr", "Gespräch")]
    public void A_german_prefix_is_completed_in_its_own_spelling(string prefix, string start)
    {
        var suggestions = archive.Searcher.Suggest(prefix);

        Assert.That(suggestions, Is.Not.Empty);
        Assert.That(suggestions, Has.Some.StartsWith(start));
    }

    [Test]
    public void Completions_keep_umlauts_and_are_never_ascii_folded()
    {
        var suggestions = archive.Searcher.Suggest("gespr");

        Assert.That(suggestions, Has.Some.StartsWith("gespräch"));
        Assert.That(suggestions, Has.None.StartsWith("gesprach"));
    }

    [TestCase("Außenminster", "Außenminister")]
    [TestCase("Bundespräsdent", "Bundespräsident")]
    public void A_misspelt_german_word_gets_the_correction_in_its_own_spelling(string typed, string corrected)
    {
        var response = archive.Searcher.Search(SearchRequest.For(typed, MatchMode.AllWords) with { Snippets = false });

        Assert.That(response.DidYouMean, Is.EqualTo(corrected));
    }

    [Test]
    public void A_word_written_with_sharp_s_is_known_and_gets_no_correction()
    {
        var response = archive.Searcher.Search(SearchRequest.For("Außenminister", MatchMode.AllWords) with { Snippets = false });

        Assert.That(response.Total, Is.GreaterThan(0));
        Assert.That(response.DidYouMean, Is.Null);
    }
}
