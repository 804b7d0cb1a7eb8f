using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

public class FormatExtractionTests
{
    [TestCase("The «China – Central Asia» (C+C5) Foreign Ministers’ Meeting took place.", "China–Central Asia")]
    [TestCase("Der Zentralasien-China-Gipfel fand in Astana statt.", "China–Central Asia")]
    [TestCase("The B5+1 Forum met in Almaty.", "C5+1")]
    [TestCase("Die Staatschefs trafen sich zum SOZ-Gipfel.", "SCO")]
    [TestCase("Die Schanghaier Organisation für Zusammenarbeit tagte.", "SCO")]
    [TestCase("Speaking at the UN-Generalversammlung, the minister warned.", "UN General Assembly")]
    [TestCase("The Eurasian Economic Union extended the deal.", "EAEU")]
    [TestCase("Das Konsultativtreffen der Staatschefs Zentralasiens begann.", "Consultative Meeting of Central Asian Heads of State")]
    public void Formats_are_found_through_their_aliases(string text, string format)
    {
        Assert.That(Formats(text), Is.EqualTo(new[] { format }));
    }

    [Test]
    public void A_list_of_places_is_not_a_format()
    {
        Assert.That(Formats("He visited China, Central Asia and Europe."), Is.Empty);
    }

    [Test]
    public void Upper_case_abbreviations_do_not_match_ordinary_words()
    {
        Assert.That(Formats("Those who sco red and the cis gender debate."), Is.Empty);
    }

    [Test]
    public void A_telephone_conversation_between_two_presidents_is_bilateral()
    {
        var text = "President Kassym-Jomart Tokayev had a telephone conversation with President Xi Jinping.";
        Assert.That(Formats(text), Is.EqualTo(new[] { "Bilateral" }));
    }

    [Test]
    public void A_state_visit_to_one_country_is_bilateral_in_an_article_about_two()
    {
        var text = "Kazakhstan and China agreed on new routes. The president will pay a state visit to China in June.";
        Assert.That(Formats(text), Is.EqualTo(new[] { "Bilateral" }));
    }

    [Test]
    public void German_bilateral_relations_between_two_named_states_are_bilateral()
    {
        Assert.That(Formats("Die bilateralen Beziehungen zwischen Usbekistan und Deutschland wachsen."), Is.EqualTo(new[] { "Bilateral" }));
    }

    [Test]
    public void Bilateral_relations_among_six_states_are_not_bilateral()
    {
        var text = "Ministers of China, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met. " +
                   "They hailed the summit as a pivotal moment in bilateral relations.";
        Assert.That(Formats(text), Is.Empty);
    }

    [Test]
    public void A_visit_without_two_named_states_is_not_bilateral()
    {
        Assert.That(Formats("The minister paid an official visit last week."), Is.Empty);
    }
}
