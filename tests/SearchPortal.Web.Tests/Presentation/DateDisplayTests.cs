using SearchPortal.Web.Presentation;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Presentation;

public class DateDisplayTests
{
    private static readonly DateDisplay Display = new(new FixedClock(new DateTimeOffset(2024, 11, 9, 12, 0, 0, TimeSpan.Zero)), Localizers.For<DateDisplay>());

    [Test]
    [SetUICulture("en")]
    public void Exact_dates_read_day_month_year_in_english()
    {
        Assert.That(DateDisplay.Exact(new DateOnly(2024, 8, 9)), Is.EqualTo("9 August 2024"));
        Assert.That(DateDisplay.Iso(new DateOnly(2024, 8, 9)), Is.EqualTo("2024-08-09"));
    }

    [Test]
    [SetUICulture("de")]
    public void Exact_dates_read_in_german_in_the_german_interface()
    {
        Assert.That(DateDisplay.Exact(new DateOnly(2024, 3, 30)), Is.EqualTo("30. März 2024"));
        Assert.That(DateDisplay.Iso(new DateOnly(2024, 3, 30)), Is.EqualTo("2024-03-30"));
    }

    [Test]
    [SetUICulture("en")]
    public void Relative_dates_are_measured_against_the_injected_clock()
    {
        Assert.That(Display.Relative(new DateOnly(2024, 8, 9)), Is.EqualTo("3 months ago"));
        Assert.That(Display.Relative(new DateOnly(2024, 11, 8)), Is.EqualTo("yesterday"));
        Assert.That(Display.Relative(new DateOnly(2024, 11, 9)), Is.EqualTo("today"));
        Assert.That(Display.Relative(new DateOnly(2022, 11, 1)), Is.EqualTo("2 years ago"));
    }

    [Test]
    [SetUICulture("de")]
    public void Relative_dates_read_in_german_in_the_german_interface()
    {
        Assert.That(Display.Relative(new DateOnly(2024, 8, 9)), Is.EqualTo("vor 3 Monaten"));
        Assert.That(Display.Relative(new DateOnly(2024, 11, 8)), Is.EqualTo("gestern"));
        Assert.That(Display.Relative(new DateOnly(2024, 11, 9)), Is.EqualTo("heute"));
        Assert.That(Display.Relative(new DateOnly(2022, 11, 1)), Is.EqualTo("vor 2 Jahren"));
    }
}
