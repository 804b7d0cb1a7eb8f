using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

public class FacetExtractorSeedTests
{
    private static readonly FacetExtractor Extractor = new(SeedArticles.Vocabulary);

    private static ArticleFacets Seed(int number, DateOnly? date = null) => Extractor.Extract(SeedArticles.Load(number, date));

    private static IEnumerable<string> Values(IReadOnlyList<FacetValue> values) => values.Select(v => v.Value);

    [Test]
    public void Seed_000_names_the_six_states_the_format_and_all_ministers()
    {
        var facets = Seed(0);
        Assert.That(Values(facets.Countries), Is.EquivalentTo(new[] { "China", "Kazakhstan", "Kyrgyzstan", "Turkmenistan", "Tajikistan", "Uzbekistan" }));
        Assert.That(Values(facets.Formats), Is.EquivalentTo(new[] { "China–Central Asia" }), "'bilateral relations' among six states is not a bilateral format");
        Assert.That(Values(facets.Officials), Is.SupersetOf(new[]
        {
            "Wang Yi", "Murat Nurtleu", "Jeenbek Kulubayev", "Sirodjiddin Mukhriddin", "Rashid Meredov", "Bakhtiyor Saidov", "Sun Weidong", "Xi Jinping",
        }));
    }

    [Test]
    public void Seed_000_year_comes_from_the_full_date_March_30_2024()
    {
        var year = Seed(0).Year;
        Assert.That(year?.Value, Is.EqualTo("2024"));
        Assert.That(year!.Detail, Is.EqualTo("2024-03-30"));
        Assert.That(year.Evidence.Single(), Does.Contain("March 30, 2024"));
    }

    [Test]
    public void Seed_001_German_article_finds_Kazakhstan_China_and_the_Kirgisische_Republik_but_not_US_Dollar()
    {
        Assert.That(Values(Seed(1).Countries), Is.EquivalentTo(new[] { "Kazakhstan", "China", "Kyrgyzstan" }));
    }

    [Test]
    public void Seed_001_finds_ministers_through_garbled_and_transliterated_names()
    {
        var officials = Seed(1).Officials;
        Assert.That(Values(officials), Is.EquivalentTo(new[] { "Murat Nurtleu", "Wang Yi", "Jeenbek Kulubayev" }));
        var nurtleu = officials.Single(o => o.Value == "Murat Nurtleu");
        Assert.That(nurtleu.Detail, Is.EqualTo("Deputy Prime Minister and Foreign Minister, Kazakhstan"));
        Assert.That(nurtleu.Evidence, Has.Some.Contains("erklärte Atteneu"), "the surname alone counts after the full mention");
    }

    [Test]
    public void Seed_001_is_China_Central_Asia_and_Bilateral_from_the_Kazakh_Chinese_dialogue()
    {
        var formats = Seed(1).Formats;
        Assert.That(Values(formats), Is.EquivalentTo(new[] { "China–Central Asia", "Bilateral" }));
        Assert.That(formats.Single(f => f.Value == "Bilateral").Evidence, Has.Some.Contains("Kasachisch-Chinesische Beziehungen"));
    }

    [Test]
    public void Seed_001_has_no_year_because_26_April_has_none_and_2026_bis_2028_is_another_period()
    {
        Assert.That(Seed(1).Year, Is.Null);
    }

    [Test]
    public void Seed_002_finds_the_five_republics_by_official_names_and_the_United_States()
    {
        var facets = Seed(2);
        Assert.That(Values(facets.Countries), Is.EquivalentTo(new[] { "Tajikistan", "Kazakhstan", "Kyrgyzstan", "Turkmenistan", "Uzbekistan", "United States" }));
        Assert.That(Values(facets.Formats), Is.EquivalentTo(new[] { "C5+1", "UN General Assembly" }));
        Assert.That(Values(facets.Officials), Is.EquivalentTo(new[] { "Antony Blinken" }));
    }

    [Test]
    public void Seed_002_has_no_year_because_in_2023_and_2025_are_other_periods()
    {
        Assert.That(Seed(2).Year, Is.Null);
    }

    [Test]
    public void Seed_003_call_is_bilateral_and_mentions_the_US_troops_leaving_Afghanistan()
    {
        var facets = Seed(3, new DateOnly(2021, 6, 2));
        Assert.That(Values(facets.Countries), Is.EquivalentTo(new[] { "Kazakhstan", "China", "United States", "Afghanistan" }));
        Assert.That(Values(facets.Formats), Is.EquivalentTo(new[] { "Bilateral", "SCO", "CICA", "China–Central Asia" }));
        Assert.That(Values(facets.Officials), Is.EquivalentTo(new[] { "Kassym-Jomart Tokayev", "Xi Jinping" }));
    }

    [Test]
    public void Seed_003_year_comes_from_the_date_prefix_not_from_September_2019_or_2022()
    {
        var year = Seed(3, new DateOnly(2021, 6, 2)).Year;
        Assert.That(year?.Value, Is.EqualTo("2021"));
    }

    [Test]
    public void Seed_004_names_the_five_presidents_and_the_Azerbaijani_guest()
    {
        var facets = Seed(4);
        Assert.That(Values(facets.Countries), Is.EquivalentTo(new[] { "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Azerbaijan" }),
            "the Trans-Afghan Railway is a route, not a mention of Afghanistan");
        Assert.That(Values(facets.Formats), Is.EquivalentTo(new[] { "Consultative Meeting of Central Asian Heads of State" }));
        Assert.That(Values(facets.Officials), Is.EquivalentTo(new[]
        {
            "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov", "Shavkat Mirziyoyev", "Ilham Aliyev", "Kaha Imnadze",
        }));
        Assert.That(facets.Year?.Value, Is.EqualTo("2024"));
    }

    [Test]
    public void Every_value_carries_one_to_three_short_evidence_sentences()
    {
        for (var number = 0; number < 5; number++)
        {
            var facets = Seed(number);
            foreach (var value in facets.Countries.Concat(facets.Formats).Concat(facets.Officials))
            {
                Assert.That(value.Evidence, Has.Count.InRange(1, 3), $"seed {number}: {value.Value}");
                Assert.That(value.Evidence, Has.All.Length.LessThanOrEqualTo(302), $"seed {number}: {value.Value}");
            }
        }
    }
}
