using SearchPortal.Web.Presentation;

namespace SearchPortal.Web.Tests.Presentation;

public class SearchSummaryTests
{
    [TestCase(0, "0 articles")]
    [TestCase(1, "1 article")]
    [TestCase(1234, "1,234 articles")]
    public void Totals_read_as_a_counted_noun(int total, string expected)
    {
        Assert.That(SearchSummary.Total(total), Is.EqualTo(expected));
    }

    [Test]
    public void Short_times_keep_one_decimal_and_long_ones_none()
    {
        Assert.That(SearchSummary.Took(TimeSpan.FromMilliseconds(1.26)), Is.EqualTo("1.3 ms"));
        Assert.That(SearchSummary.Took(TimeSpan.FromMilliseconds(1234.4)), Is.EqualTo("1,234 ms"));
    }
}
