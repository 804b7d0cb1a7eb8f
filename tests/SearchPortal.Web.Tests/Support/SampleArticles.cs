namespace SearchPortal.Web.Tests.Support;

/// <summary>Ids and facts of the five seed articles in data/sample-corpus (see shared/corpus/seeds/README.md).</summary>
internal static class SampleArticles
{
    /// <summary>English, 2024-03-30: China–Central Asia secretariat opened in Xi'an.</summary>
    public const string XianSecretariat = "000_7f6be621419a60c4";

    /// <summary>German, undated: foreign ministers in Almaty (Zentralasien-China-Format).</summary>
    public const string AlmatyGerman = "001_2261e81116e0f2d3";

    /// <summary>English, undated: Blinken's C5+1 meeting at UNGA 79.</summary>
    public const string BlinkenC5Plus1 = "002_378c99c8703b252f";

    /// <summary>English, 2021-06-02: Tokayev's telephone conversation with Xi Jinping.</summary>
    public const string TokayevXiCall = "003_c82291dc01c46bee";

    /// <summary>English, 2024-08-09: VI Consultative Meeting of Central Asian heads of state under Tokayev.</summary>
    public const string ConsultativeMeeting = "004_693447a3f6ff537d";

    public const int Count = 5;
}
