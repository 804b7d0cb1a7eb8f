using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Tests.Searching;

public class SearchStateReaderTests
{
    private static readonly SearchPortalOptions Limits = new();

    private static SearchStateReading Read(string queryString) => SearchStateReader.Read(new QueryCollection(
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString)), Limits);

    [Test]
    public void Repeated_facet_parameters_become_one_filter_with_every_value()
    {
        var state = Read("?q=summit&country=Kazakhstan&country=China&format=C5%2B1").State!;

        Assert.That(state.Query, Is.EqualTo("summit"));
        Assert.That(state.Selected(FacetDimension.Country), Is.EqualTo(new[] { "Kazakhstan", "China" }));
        Assert.That(state.Selected(FacetDimension.Format), Is.EqualTo(new[] { "C5+1" }));
    }

    [Test]
    public void Empty_form_fields_count_as_absent()
    {
        var state = Read("?q=&sort=&page=&size=&country=").State!;

        Assert.That(state, Is.Not.Null);
        Assert.That(state.HasQuery, Is.False);
        Assert.That(state.HasFilters, Is.False);
        Assert.That(state.Page, Is.EqualTo(1));
        Assert.That(state.Size, Is.EqualTo(10));
    }

    [Test]
    public void Without_a_query_the_default_order_is_newest_first_and_with_one_relevance()
    {
        Assert.That(Read("").State!.EffectiveSort, Is.EqualTo(SearchSort.Newest));
        Assert.That(Read("?q=Tokayev").State!.EffectiveSort, Is.EqualTo(SearchSort.Relevance));
        Assert.That(Read("?q=Tokayev&sort=oldest").State!.EffectiveSort, Is.EqualTo(SearchSort.Oldest));
    }

    [TestCase("?page=0", "page")]
    [TestCase("?page=-3", "page")]
    [TestCase("?page=two", "page")]
    [TestCase("?page=1001", "page")]
    [TestCase("?size=101", "size")]
    [TestCase("?size=0", "size")]
    [TestCase("?size=ten", "size")]
    [TestCase("?sort=popular", "sort")]
    [TestCase("?year=last", "year")]
    [TestCase("?year=2024&year=20x4", "year")]
    [TestCase("?more=colour", "more")]
    public void An_unusable_parameter_is_named_in_the_error(string query, string parameter)
    {
        var reading = Read(query);

        Assert.That(reading.State, Is.Null);
        Assert.That(reading.Error!.Parameter, Is.EqualTo(parameter));
        Assert.That(reading.Error.Message, Does.Contain(parameter));
    }

    [Test]
    public void A_hostile_or_malformed_query_is_kept_as_text_for_the_lenient_engine()
    {
        var state = Read("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%22unbalanced%20(").State!;

        Assert.That(state.Query, Is.EqualTo("<script>alert(1)</script> \"unbalanced ("));
    }

    [TestCase("?lang=Deutsch", "Deutsch")]
    [TestCase("?lang=fr", "fr")]
    public void A_language_is_passed_to_the_engine_as_written_for_its_resolver(string query, string value)
    {
        var reading = Read(query);

        Assert.That(reading.Error, Is.Null);
        Assert.That(reading.State!.Selected(FacetDimension.Language), Is.EqualTo(new[] { value }));
    }

    [Test]
    public void Duplicate_values_of_a_facet_are_kept_once()
    {
        var state = Read("?lang=de&lang=de&lang=en").State!;

        Assert.That(state.Selected(FacetDimension.Language), Is.EqualTo(new[] { "de", "en" }));
    }

    [Test]
    public void Sort_names_are_read_without_regard_to_case()
    {
        Assert.That(Read("?sort=Newest").State!.Sort, Is.EqualTo(SearchSort.Newest));
    }

    [Test]
    public void The_query_string_values_survive_a_round_trip_through_the_url()
    {
        var state = Read("?q=C5%2B1%20%26%20summit&official=Kassym-Jomart%20Tokayev&year=2024&sort=oldest&size=20&page=3").State!;

        var again = Read(state.ToUrl()[1..]).State!;

        Assert.That(again.Query, Is.EqualTo("C5+1 & summit"));
        Assert.That(again.Selected(FacetDimension.Official), Is.EqualTo(new[] { "Kassym-Jomart Tokayev" }));
        Assert.That(again.Selected(FacetDimension.Year), Is.EqualTo(new[] { "2024" }));
        Assert.That(again.Sort, Is.EqualTo(SearchSort.Oldest));
        Assert.That(again.Size, Is.EqualTo(20));
        Assert.That(again.Page, Is.EqualTo(3));
    }

    [Test]
    public void Values_of_one_parameter_listed_twice_as_strings_are_all_read()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["format"] = new(["SCO", "C5+1"]) });

        Assert.That(SearchStateReader.Read(query, Limits).State!.Selected(FacetDimension.Format), Has.Count.EqualTo(2));
    }

    [Test]
    public void Noncharacters_control_characters_and_lone_surrogates_are_dropped_from_every_value()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["q"] = "Tok\uFFFEayev\u0000 \uD800summit",
            ["country"] = new(["Kaz\uDC00akhstan", "\uFFFF"]),
            ["sort"] = "newest\u0007",
        });

        var state = SearchStateReader.Read(query, Limits).State!;

        Assert.That(state.Query, Is.EqualTo("Tokayev summit"));
        Assert.That(state.Selected(FacetDimension.Country), Is.EqualTo(new[] { "Kazakhstan" }));
        Assert.That(state.Sort, Is.EqualTo(SearchSort.Newest));
    }

    [Test]
    public void A_query_over_the_character_limit_is_refused_naming_q()
    {
        var limits = new SearchPortalOptions { MaxQueryCharacters = 20 };
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["q"] = "Tokayev meets Xi Jinping in Astana" });

        var error = SearchStateReader.Read(query, limits).Error!;

        Assert.That(error.Parameter, Is.EqualTo("q"));
        Assert.That(error.Message, Does.Contain("at most 20 characters"));
    }

    [Test]
    public void A_query_over_the_word_limit_is_refused_naming_q()
    {
        var limits = new SearchPortalOptions { MaxQueryWords = 3 };

        var error = SearchStateReader.Read(new QueryCollection(new Dictionary<string, StringValues> { ["q"] = "Tokayev meets Xi Jinping" }), limits).Error!;

        Assert.That(error.Message, Does.Contain("at most 3 words"));
    }

    [Test]
    public void More_selected_values_than_one_facet_allows_are_refused_naming_the_facet()
    {
        var years = string.Join("&", Enumerable.Range(1990, 21).Select(y => "year=" + y));

        var error = Read("?" + years).Error!;

        Assert.That(error.Parameter, Is.EqualTo("year"));
        Assert.That(error.Message, Does.Contain("at most 20 year values"));
    }

    [Test]
    public void More_selected_values_than_all_facets_allow_are_refused()
    {
        var limits = new SearchPortalOptions { MaxSelectedPerFacet = 3, MaxSelectedTotal = 4 };
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["country"] = new(["China", "Kazakhstan", "Kyrgyzstan"]),
            ["format"] = new(["SCO", "C5+1"]),
        });

        var error = SearchStateReader.Read(query, limits).Error!;

        Assert.That(error.Parameter, Is.EqualTo("format"));
        Assert.That(error.Message, Does.Contain("at most 4 facet values"));
    }

    [Test]
    public void Thousands_of_repeated_values_of_one_facet_are_read_as_their_distinct_values()
    {
        var same = string.Join("&", Enumerable.Repeat("country=China", 5000));

        Assert.That(Read("?" + same).State!.Selected(FacetDimension.Country), Is.EqualTo(new[] { "China" }));
    }

    [Test]
    public void A_page_past_the_configured_depth_is_refused()
    {
        var limits = new SearchPortalOptions { MaxPage = 50 };

        var error = SearchStateReader.Read(new QueryCollection(new Dictionary<string, StringValues> { ["page"] = "51" }), limits).Error!;

        Assert.That(error.Message, Is.EqualTo("page must be a whole number from 1 to 50."));
    }

    [TestCase("?q=Tokayev&q=Xi", "q")]
    [TestCase("?q=summit&sort=newest&sort=oldest", "sort")]
    [TestCase("?page=2&page=3", "page")]
    [TestCase("?size=20&size=20", "size")]
    [TestCase("?more=country&more=year", "more")]
    [TestCase("?mentions=1&mentions=0", "mentions")]
    [TestCase("?q=&q=summit", "q")]
    public void A_single_valued_parameter_given_twice_is_refused_naming_it(string query, string parameter)
    {
        var reading = Read(query);

        Assert.That(reading.State, Is.Null);
        Assert.That(reading.Error!.Parameter, Is.EqualTo(parameter));
        Assert.That(reading.Error.Message, Is.EqualTo(parameter + " may be given only once."));
    }

    [Test]
    public void Hundreds_of_q_values_are_refused_rather_than_joined_into_one_query()
    {
        var many = string.Join("&", Enumerable.Range(0, 500).Select(i => "q=Xi" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That(Read("?" + many).Error!.Parameter, Is.EqualTo("q"));
    }

    [Test]
    public void Many_distinct_unknown_parameters_are_ignored()
    {
        var unknown = string.Join("&", Enumerable.Range(0, 500).Select(i => "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "=1"));

        var state = Read("?q=summit&" + unknown).State!;

        Assert.That(state.Query, Is.EqualTo("summit"));
        Assert.That(state.HasFilters, Is.False);
    }
}
