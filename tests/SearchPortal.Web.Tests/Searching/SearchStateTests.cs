using SearchPortal.Core.Facets;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Tests.Searching;

public class SearchStateTests
{
    private static readonly SearchState Browsing = SearchState.Empty.WithQuery("summit");

    [Test]
    public void Toggling_a_value_selects_it_and_toggling_again_removes_it()
    {
        var selected = Browsing.Toggle(FacetDimension.Country, "Kazakhstan");
        var cleared = selected.Toggle(FacetDimension.Country, "Kazakhstan");

        Assert.That(selected.ToUrl(), Is.EqualTo("/?q=summit&country=Kazakhstan"));
        Assert.That(cleared.ToUrl(), Is.EqualTo("/?q=summit"));
    }

    [Test]
    public void Changing_a_filter_goes_back_to_the_first_page()
    {
        var onPage3 = Browsing.WithPage(3);

        Assert.That(onPage3.ToUrl(), Does.Contain("page=3"));
        Assert.That(onPage3.Toggle(FacetDimension.Year, "2024").Page, Is.EqualTo(1));
        Assert.That(onPage3.WithSize(50).Page, Is.EqualTo(1));
    }

    [Test]
    public void Values_with_reserved_characters_are_escaped_in_links()
    {
        var state = SearchState.Empty.Toggle(FacetDimension.Format, "C5+1").WithQuery("a&b=c");

        Assert.That(state.ToUrl(), Is.EqualTo("/?q=a%26b%3Dc&format=C5%2B1"));
    }

    [Test]
    public void Clearing_all_filters_keeps_the_query()
    {
        var state = Browsing.Toggle(FacetDimension.Country, "China").Toggle(FacetDimension.Language, "de");

        Assert.That(state.WithoutFilters().ToUrl(), Is.EqualTo("/?q=summit"));
    }

    [Test]
    public void Filters_are_written_in_dimension_order_whatever_order_they_were_chosen_in()
    {
        var state = SearchState.Empty.Toggle(FacetDimension.Language, "en").Toggle(FacetDimension.Country, "China");

        Assert.That(state.ToUrl(), Is.EqualTo("/?country=China&lang=en"));
    }
}
