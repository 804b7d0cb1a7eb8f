using Microsoft.Extensions.Hosting.Internal;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Configuration;

public class SearchPortalOptionsValidatorTests
{
    private static readonly SearchPortalOptionsValidator Validator = new(new HostingEnvironment
    {
        ContentRootPath = Path.Combine(RepositoryRoot.Path, "src", "SearchPortal.Web"),
    });

    [Test]
    public void The_repository_defaults_are_valid()
    {
        var options = new SearchPortalOptions
        {
            IndexPath = "../../index",
            SampleCorpusPath = "../../data/sample-corpus",
            VocabularyPath = "../../data/facet-vocabulary.json",
        };

        Assert.That(Validator.Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void A_missing_index_path_corpus_folder_or_vocabulary_file_is_reported_by_its_setting_name()
    {
        var options = new SearchPortalOptions { IndexPath = " ", SampleCorpusPath = "../../no-corpus", VocabularyPath = "../../no-vocabulary.json" };

        var result = Validator.Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.Failures, Has.Some.Contains("SearchPortal:IndexPath"));
        Assert.That(result.Failures, Has.Some.Contains("SearchPortal:SampleCorpusPath"));
        Assert.That(result.Failures, Has.Some.Contains("SearchPortal:VocabularyPath"));
    }

    [Test]
    public void Empty_corpus_and_vocabulary_paths_mean_none_and_the_built_in_one()
    {
        var options = new SearchPortalOptions { IndexPath = "/tmp/index", SampleCorpusPath = "", VocabularyPath = null };

        Assert.That(Validator.Validate(null, options).Succeeded, Is.True);
    }

    [TestCase(0, true)]
    [TestCase(5000, true)]
    [TestCase(-1, false)]
    public void The_result_cache_size_is_zero_for_off_or_a_positive_number_of_entries(int entries, bool valid)
    {
        var options = new SearchPortalOptions { IndexPath = "/tmp/index", ResultCacheEntries = entries };

        var result = Validator.Validate(null, options);

        Assert.That(result.Succeeded, Is.EqualTo(valid));
        if (!valid)
        {
            Assert.That(result.Failures, Has.Some.Contains("SearchPortal:ResultCacheEntries"));
        }
    }

    [Test]
    public void A_limit_of_zero_or_past_its_bound_is_reported_by_its_setting_name()
    {
        var options = new SearchPortalOptions { IndexPath = "index", MaxQueryCharacters = 0, MaxSelectedTotal = 5000, MaxPage = -1 };

        var failures = Validator.Validate(null, options).Failures!;

        Assert.That(failures, Has.Some.EqualTo("SearchPortal:MaxQueryCharacters must be from 1 to 100000, not 0."));
        Assert.That(failures, Has.Some.Contains("SearchPortal:MaxSelectedTotal"));
        Assert.That(failures, Has.Some.Contains("SearchPortal:MaxPage"));
        Assert.That(failures, Has.None.Contains("SearchPortal:MaxQueryWords"));
    }

    [TestCase("00:00:00.001", true)]
    [TestCase("00:00:01", true)]
    [TestCase("00:01:00", true)]
    [TestCase("00:00:00", false)]
    [TestCase("00:01:00.001", false)]
    public void The_search_budget_is_from_a_millisecond_to_a_minute(string budget, bool valid)
    {
        var options = new SearchPortalOptions { IndexPath = "/tmp/index", SearchBudget = TimeSpan.Parse(budget, System.Globalization.CultureInfo.InvariantCulture) };

        var result = Validator.Validate(null, options);

        Assert.That(result.Succeeded, Is.EqualTo(valid));
        if (!valid)
        {
            Assert.That(result.Failures, Has.Some.EqualTo($"SearchPortal:SearchBudget must be from 00:00:00.001 to 00:01:00, not {options.SearchBudget}."));
        }
    }
}
