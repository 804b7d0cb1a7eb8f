using SearchPortal.Web.Presentation;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Presentation;

public class SearchSummaryTests
{
    private static readonly SearchSummary Summary = new(Localizers.For<SearchSummary>());

    [TestCase(0, "0 articles")]
    [TestCase(1, "1 article")]
    [TestCase(1234, "1,234 articles")]
    [SetUICulture("en")]
    public void Totals_read_as_a_counted_noun(int total, string expected)
    {
        Assert.That(Summary.Total(total), Is.EqualTo(expected));
    }

    [TestCase(1, "1 Artikel")]
    [TestCase(1234, "1.234 Artikel")]
    [SetUICulture("de")]
    public void Totals_read_in_german_with_german_thousands_separators(int total, string expected)
    {
        Assert.That(Summary.Total(total), Is.EqualTo(expected));
    }

    [Test]
    [SetUICulture("en")]
    public void Short_times_keep_one_decimal_and_long_ones_none()
    {
        Assert.That(SearchSummary.Took(TimeSpan.FromMilliseconds(1.26)), Is.EqualTo("1.3 ms"));
        Assert.That(SearchSummary.Took(TimeSpan.FromMilliseconds(1234.4)), Is.EqualTo("1,234 ms"));
    }

    [Test]
    [SetUICulture("de")]
    public void Times_use_the_german_decimal_comma_in_the_german_interface()
    {
        Assert.That(SearchSummary.Took(TimeSpan.FromMilliseconds(1.26)), Is.EqualTo("1,3 ms"));
        Assert.That(SearchSummary.Took(TimeSpan.FromMilliseconds(1234.4)), Is.EqualTo("1.234 ms"));
    }

    [TestCase(950, "950")]
    [TestCase(1234, "1.2k")]
    [TestCase(15_400, "15k")]
    [SetUICulture("en")]
    public void Timeline_counts_are_compact(int count, string expected)
    {
        Assert.That(SearchSummary.Compact(count), Is.EqualTo(expected));
    }

    [TestCase(1234, "1,2k")]
    [TestCase(15_400, "15k")]
    [SetUICulture("de")]
    public void Timeline_counts_use_the_german_decimal_comma_in_the_german_interface(int count, string expected)
    {
        Assert.That(SearchSummary.Compact(count), Is.EqualTo(expected));
    }
}
