namespace SearchPortal.Core.Facets;

/// <summary>
/// The thresholds <see cref="SubjectScorer"/> decides with. A value is about the article when it stands in the title,
/// in the lead (unless the lead only lists it among many), as a party of a meeting, call or visit (or, for a person,
/// as a participant or speaker), as the country of an official the article is about, or when it is repeated as often
/// as the article's main values; otherwise it is only mentioned.
/// </summary>
internal static class AboutnessRules
{
    /// <summary>
    /// Lines before the lead's first full sentence (headline lines, a place line, "NUR-SULTAN. KAZINFORM –") count as
    /// lead, up to this many lines including that sentence, so that an article of short list lines has no lead of twenty.
    /// </summary>
    public const int MaxLeadLines = 5;

    /// <summary>A lead line of fewer words is a headline or dateline, and the lead goes on to the next line.</summary>
    public const int MinLeadWords = 8;

    /// <summary>
    /// A lead sentence naming more values of a dimension than this lists them (a travel ban's 40 countries) and makes
    /// none of them a subject; six lets a C5+1 lead name its six states.
    /// </summary>
    public const int MaxLeadValues = 6;

    /// <summary>
    /// A meeting, call or visit sentence naming more states than this is a list of partners ("launch talks with Egypt,
    /// Iran, India, Serbia and Singapore"), not a party list; three covers a trilateral meeting. (Six: kremlin_en
    /// about-precision 0.67; three: 0.70, recall unchanged.) A summit's participants count through their officials.
    /// </summary>
    public const int MaxParties = 3;

    /// <summary>A value named in at least this many sentences may be a subject by repetition alone (three let the topics
    /// of a long press statement in: kremlin_en about-precision 0.70; four: 0.72, recall unchanged)...</summary>
    public const int MinRepeatSentences = 4;

    /// <summary>...when it is named at least this share as often as the article's most repeated value of its dimension.</summary>
    public const double RepeatShareOfTop = 0.5;
}
