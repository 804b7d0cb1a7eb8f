using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// The leaders a summit or ceremony report lists as attending make their countries participants, not subjects; the
/// guests of a small event (three states at most) stay subjects.
/// </summary>
public class ParticipantListTests
{
    private static string[] About(IReadOnlyList<FacetValue> values) => [.. values.Where(v => v.IsAbout).Select(v => v.Value)];

    [Test]
    public void A_summit_attended_by_five_presidents_is_not_about_their_countries()
    {
        // kremlin-en-17166, "EurAsEC summit": en.kremlin.ru tags none of the member states.
        var facets = FacetTestArticles.Extract(
            "EurAsEC Interstate Council summit took place in the Kremlin. Reforming the Community and improving its mechanisms were the main subjects on the agenda.\n\n"
            + "The heads of state reviewed various financial aspects of the organisation’s functioning including EurAsEC 2011 budget performance, budget address, and 2013 budget.\n\n"
            + "The summit was attended by President of Belarus Alexander Lukashenko, President of Kazakhstan Nursultan Nazarbayev, President of Kyrgyzstan Almazbek Atambayev, President of Russia Vladimir Putin, President of Tajikistan Emomali Rahmon and EurAsEC Secretary-General Tair Mansurov.",
            title: "EurAsEC summit");
        Assert.That(About(facets.Countries), Has.None.AnyOf("Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan"));
        Assert.That(About(facets.Officials), Does.Contain("Alexander Lukashenko"), "the presidents attending still took part");
    }
}
