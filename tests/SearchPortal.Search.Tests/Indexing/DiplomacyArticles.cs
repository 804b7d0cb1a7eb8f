using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>Eight hand-written articles on Central Asian diplomacy with hand-set facets, for index and search tests.</summary>
internal static class DiplomacyArticles
{
    public const string Kazakhstan = "Kazakhstan";
    public const string China = "China";
    public const string Uzbekistan = "Uzbekistan";
    public const string Tajikistan = "Tajikistan";
    public const string Kyrgyzstan = "Kyrgyzstan";
    public const string Turkmenistan = "Turkmenistan";
    public const string UnitedStates = "United States";
    public const string Russia = "Russia";

    public static IReadOnlyList<AnnotatedArticle> All { get; } =
    [
        Make("en-xian-summit", "China–Central Asia Summit opens in Xi'an", "en", new DateOnly(2023, 5, 18), "Xinhua",
            "President Xi Jinping welcomed the heads of state of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan to the first China–Central Asia Summit in Xi'an.\n\nKassym-Jomart Tokayev said the summit opens a new chapter of cooperation between China and Central Asia. The leaders signed the Xi'an Declaration on trade, transport and energy.",
            [China, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan], ["China–Central Asia"], 2023, ["Xi Jinping", "Kassym-Jomart Tokayev"]),
        Make("en-c5-unga", "Secretary Blinken's C5+1 Meeting at UNGA 79", "en", new DateOnly(2024, 9, 23), "State Department",
            "Secretary of State Antony Blinken met foreign ministers of Kazakhstan, Tajikistan and Uzbekistan in the C5+1 format on the margins of the UN General Assembly in New York.\n\nThe ministers discussed regional security, critical minerals and the C5+1 partnership between the United States and Central Asia.",
            [UnitedStates, Kazakhstan, Uzbekistan, Tajikistan], ["C5+1"], 2024, ["Antony Blinken"]),
        Make("de-almaty-treffen", "Außenministertreffen in Almaty stärkt Beziehungen", "de", null, null,
            "Der chinesische Außenminister Wang Yi traf in Almaty die Außenminister Zentralasiens. Kasachstan und China wollen die Zusammenarbeit im Handel und bei der Energie vertiefen.\n\nDas Treffen bereitet den nächsten Gipfel China–Zentralasien im Jahr 2024 vor.",
            [China, Kazakhstan], ["China–Central Asia"], 2024, ["Wang Yi"]),
        Make("en-tokayev-xi-call", "Kazakh President holds telephone conversation with President of China", "en", new DateOnly(2021, 6, 2), "Kazinform",
            "Kazakh President Kassym-Jomart Tokayev held a telephone conversation with President of China Xi Jinping.\n\nThe two presidents discussed bilateral trade, vaccines and the anniversary of diplomatic relations between Kazakhstan and China.",
            [Kazakhstan, China], ["Bilateral"], 2021, ["Kassym-Jomart Tokayev", "Xi Jinping"]),
        Make("en-consultative-astana", "VI Consultative Meeting of Central Asian Heads of State Confirms Integration Course", "en", new DateOnly(2024, 8, 9), null,
            "The sixth Consultative Meeting of the Heads of State of Central Asia took place in Astana. Kassym-Jomart Tokayev hosted the presidents of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.\n\nShavkat Mirziyoyev called for a regional free trade area and closer water cooperation.",
            [Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan], ["Consultative Meeting"], 2024, ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]),
        Make("de-c5-gipfel", "C5+1-Gipfel in New York: Biden trifft zentralasiatische Präsidenten", "de", new DateOnly(2023, 9, 19), "Deutsche Welle",
            "Präsident Joe Biden empfing in New York erstmals die Staatschefs von Kasachstan, Kirgisistan, Tadschikistan, Turkmenistan und Usbekistan im Format C5+1.\n\nTokajew sprach von einem historischen Treffen für die Beziehungen zwischen Zentralasien und den Vereinigten Staaten.",
            [UnitedStates, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan], ["C5+1"], 2023, ["Joe Biden", "Kassym-Jomart Tokayev"]),
        Make("en-sco-astana", "SCO summit in Astana adopts declaration", "en", new DateOnly(2024, 7, 4), "Astana Times",
            "Leaders of the Shanghai Cooperation Organisation met in Astana. Kassym-Jomart Tokayev welcomed Xi Jinping and Vladimir Putin.\n\nThe SCO summit adopted the Astana Declaration on security and trade cooperation between China, Russia and Kazakhstan.",
            [Kazakhstan, China, Russia], ["SCO"], 2024, ["Kassym-Jomart Tokayev", "Xi Jinping", "Vladimir Putin"]),
        Make("und-dushanbe-visit", "Mirziyoyev Dushanbe", "und", new DateOnly(2022, 3, 10), null,
            "Shavkat Mirziyoyev Dushanbe Emomali Rahmon 2022 Uzbekiston Tojikiston hamkorlik.",
            [Uzbekistan, Tajikistan], ["Bilateral"], 2022, ["Shavkat Mirziyoyev"]),
    ];

    public static AnnotatedArticle ById(string id) => All.First(a => a.Article.Id == id);

    public static IEnumerable<IngestRecord> Records(IEnumerable<AnnotatedArticle>? articles = null) =>
        (articles ?? All).Select(a => IngestRecord.Read($"test/{a.Article.Id}.txt", a.Article));

    /// <summary>The annotate callback: looks the hand-set facets up by id (a changed article gets a changed hash).</summary>
    public static Func<Article, AnnotatedArticle> Annotate(IEnumerable<AnnotatedArticle>? articles = null)
    {
        var byId = (articles ?? All).ToDictionary(a => a.Article.Id);
        return article => byId[article.Id] with { Article = article };
    }

    public static AnnotatedArticle Make(
        string id, string title, string language, DateOnly? date, string? source, string text,
        string[] countries, string[] formats, int year, string[] officials)
    {
        var article = new Article(id, title, text, language, date, source, $"https://example.org/{id}", null);
        var facets = new ArticleFacets(
            countries.Select(c => new FacetValue(c, null, [FirstSentenceWith(text, title, c)])).ToList(),
            formats.Select(f => new FacetValue(f, null, [title])).ToList(),
            new FacetValue(year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, []),
            officials.Select(o => new FacetValue(o, RoleOf(o), [FirstSentenceWith(text, title, o.Split(' ')[^1])])).ToList());
        return new AnnotatedArticle(article, facets, "h-" + id + "-" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string FirstSentenceWith(string text, string title, string word) =>
        text.Split(". ").FirstOrDefault(s => s.Contains(word, StringComparison.Ordinal)) ?? title;

    private static string? RoleOf(string official) => official switch
    {
        "Kassym-Jomart Tokayev" => "President, Kazakhstan",
        "Xi Jinping" => "President, China",
        _ => null,
    };
}
