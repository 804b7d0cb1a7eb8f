using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Analysis;

/// <summary>
/// The name-key chain of one indexing thread reads value after value (title and text of article after article) and
/// remembers the capitalised words it met: what it keys in a value must still depend on that value alone.
/// </summary>
public sealed class NameKeyFilterTests
{
    [Test]
    public void A_capitalised_word_written_in_lower_case_in_an_earlier_value_is_keyed_where_it_is_not()
    {
        using var analyzer = new ArticleAnalyzer();

        var earlier = AnalyzedToken.Terms(analyzer, ArticleFields.NameKey, "Last week the last envoy left Astana.");
        var later = AnalyzedToken.Read(analyzer, ArticleFields.NameKey, "Last December Tokayev met Mirziyoyev.");

        Assert.That(earlier, Does.Not.Contain("last"), "written in lower case in the same value, Last is no name");
        Assert.That(later.Select(t => t.Term), Does.Contain("last"), "this value never writes last in lower case");
        Assert.That(later.Single(t => t.Term == "last").StartOffset, Is.Zero);
    }

    [Test]
    public void A_word_keyed_in_an_earlier_value_is_not_keyed_where_the_value_also_writes_it_in_lower_case()
    {
        using var analyzer = new ArticleAnalyzer();

        var earlier = AnalyzedToken.Terms(analyzer, ArticleFields.NameKey, "Last December Tokayev met Mirziyoyev.");
        var later = AnalyzedToken.Terms(analyzer, ArticleFields.NameKey, "Last week the last envoy left Astana.");

        Assert.That(earlier, Does.Contain("last"));
        Assert.That(later, Does.Not.Contain("last"));
        Assert.That(later, Does.Contain("astana"));
    }

    [TestCase("kremlin_en")]
    [TestCase("zeitgeist_de")]
    public void One_chain_over_a_corpus_keys_each_text_as_a_fresh_chain_does(string corpus)
    {
        using var reused = new ArticleAnalyzer();
        var compared = 0;
        foreach (var article in SharedCorpus.Read(SharedCorpus.PathOf(corpus)).Select(r => r.Article).OfType<Core.Articles.Article>().Take(400))
        {
            foreach (var value in new[] { article.Title, article.Text })
            {
                using var fresh = new ArticleAnalyzer();
                Assert.That(
                    AnalyzedToken.Read(reused, ArticleFields.NameKey, value),
                    Is.EqualTo(AnalyzedToken.Read(fresh, ArticleFields.NameKey, value)),
                    $"{article.Id}: {value[..Math.Min(60, value.Length)]}");
                compared++;
            }
        }

        Assert.That(compared, Is.EqualTo(800));
    }
}
