using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// About versus mentioned on en.kremlin.ru text: a country that is only the topic of talks between others, a list of
/// heads of state, and the people a transcript's speaker labels name.
/// </summary>
public class TopicAndSpeakerRoleTests
{
    private static string[] About(IReadOnlyList<FacetValue> values) => [.. values.Where(v => v.IsAbout).Select(v => v.Value)];

    private static string[] Mentioned(IReadOnlyList<FacetValue> values) => [.. values.Where(v => !v.IsAbout).Select(v => v.Value)];

    [Test]
    public void Country_that_is_only_the_topic_of_a_meeting_between_others_is_mentioned()
    {
        // kremlin-en-63588: the site tags Iran and Turkey, not Syria.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin, President of Iran Hassan Rouhani and President of Turkey Recep Tayyip Erdogan held a trilateral videoconference meeting of the heads of state – guarantors of the Astana process for facilitating the Syrian peace settlement.\n\n"
            + "Following the meeting, the leaders of Russia, Iran and Turkey adopted a joint statement.\n\n"
            + "The presidents of Russia, Turkey and Iran held their first summit on Syria in Sochi in November 2017. Talks on the Syrian settlement between the leaders of Russia, Turkey and Iran were also held in Ankara (April 2018), Tehran (September 2018), Sochi (February 2019) and Ankara (September 2019).",
            title: "Meeting of leaders of Russia, Iran and Turkey on Syrian settlement");
        Assert.That(About(facets.Countries), Is.SupersetOf(new[] { "Iran", "Türkiye" }));
        Assert.That(Mentioned(facets.Countries), Does.Contain("Syria"), "\"on Syrian settlement\", \"the Syrian peace settlement\" name the topic");
    }

    [Test]
    public void Situation_discussed_in_a_call_is_mentioned_while_the_caller_is_about()
    {
        // kremlin-en-51738.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin had a telephone conversation with US President Barack Obama. The two presidents discussed the situation in Syria and reiterated their commitment to strengthening the ceasefire.",
            title: "Telephone conversation with US President Barack Obama");
        Assert.That(About(facets.Countries), Does.Contain("United States"));
        Assert.That(Mentioned(facets.Countries), Does.Contain("Syria"));
    }

    [Test]
    public void Leaders_who_telephoned_birthday_greetings_one_after_another_are_each_a_party_of_a_call()
    {
        // kremlin-en-58742 (the site tags none of them here, but all of them in the same list of kremlin-en-55790):
        // each leader telephoned, so each is a party of a call, however long the list; see PartyRollTests.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin continues to receive numerous messages with birthday greetings from heads of state and government and heads of international organisations.\n\n"
            + "A number of leaders have telephoned the President of Russia to convey their birthday greetings, in particular, President of the Republic of Uzbekistan Shavkat Mirziyoyev, President of the Kyrgyz Republic Sooronbay Jeenbekov, President of the Republic of Azerbaijan Ilham Aliyev, President of the Republic of Tajikistan Emomali Rahmon, President of the Republic of Belarus Alexander Lukashenko, Prime Minister of the Republic of Armenia Nikol Pashinyan, President of the Republic of Kazakhstan Nursultan Nazarbayev, President of the Republic of Serbia Aleksandar Vucic and Prime Minister of the State of Israel Benjamin Netanyahu.",
            title: "Birthday greetings to Vladimir Putin");
        Assert.That(About(facets.Countries), Is.SupersetOf(new[] { "Serbia", "Israel", "Uzbekistan", "Belarus" }));
    }

    [Test]
    public void Minister_who_speaks_under_a_speaker_label_is_about_the_meeting()
    {
        // kremlin-en-59900.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin held a regular meeting with members of the Government Cabinet.\n\n"
            + "The agenda focused on Arctic development.\n\n"
            + "Deputy Prime Minister Tatyana Golikova: Mr President, colleagues. We have prepared the report.\n\n"
            + "Tatyana Golikova: This is true.",
            title: "Meeting with Government members");
        Assert.That(About(facets.Officials), Does.Contain("Tatyana Golikova"));
    }

    [Test]
    public void Speaker_outside_the_gazetteer_is_found_by_the_name_that_ends_the_label()
    {
        // kremlin-en-62938 style transcript; the head of Rospotrebnadzor is no minister and in no source list.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin held a working meeting with the head of the consumer protection service.\n\n"
            + "Head of the Federal Service for the Oversight of Consumer Protection and Welfare Anna Popova: I would like to begin with infectious diseases.\n\n"
            + "Anna Popova: Yes, of course.",
            title: "Working meeting on consumer protection");
        Assert.That(About(facets.Officials), Does.Contain("Anna Popova"));
        Assert.That(facets.Officials.Select(v => v.Value), Has.None.Contains("Welfare"), "the title before the name is not part of it");
    }

    [Test]
    public void Official_reported_as_accompanying_the_president_is_about_the_visit()
    {
        // kremlin-en-54864.
        var facets = FacetTestArticles.Extract(
            "During his working trip to Crimea, Vladimir Putin visited the Artek International Children's Centre.\n\n"
            + "The President was accompanied by Deputy Prime Minister Olga Golodets and Head of the Republic of Crimea Sergei Aksyonov.",
            title: "Visit to Artek International Children's Centre");
        Assert.That(About(facets.Officials), Does.Contain("Olga Golodets"));
    }
}
