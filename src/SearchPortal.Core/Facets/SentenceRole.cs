namespace SearchPortal.Core.Facets;

/// <summary>What a sentence says about the values it names, as <see cref="SubjectCues"/> reads it.</summary>
[Flags]
internal enum SentenceRole
{
    None = 0,

    /// <summary>The title, or a sentence of the lead (datelines and headline lines before the first full sentence included).</summary>
    Lead = 1,

    /// <summary>Reports a meeting, call, visit or talks: the states and people it names are its parties.</summary>
    Parties = 2,

    /// <summary>Names who took part in an event (attended, took part, speeches from, joined): people named are participants.</summary>
    Participants = 4,

    /// <summary>Reports what someone said or did (said, stressed, proposed, erklärte): people named are actors.</summary>
    Speech = 8,

    /// <summary>The title itself.</summary>
    Title = 16,

    /// <summary>
    /// Relays other talks ("informed the participants about the results of his talks with ..."): the states it names
    /// were parties elsewhere, not of this report.
    /// </summary>
    ReportedTalks = 32,

    /// <summary>
    /// Lists who attended or took part in an event ("The summit was attended by President of Belarus ..."): a roll of
    /// participants, whose countries are not subjects of the event by their presence alone.
    /// </summary>
    Attendance = 64,

    /// <summary>
    /// Names parties each of their own call or ceremony (leaders who telephoned, ambassadors presenting credentials):
    /// every state it names is a party, however many.
    /// </summary>
    PartyRoll = 128,

    /// <summary>
    /// Stands in a transcript (from the first speaker label on, "Vladimir Putin: ..."): talks and visits its speakers
    /// recall are theirs to tell, not the parties of the event the article reports.
    /// </summary>
    Transcript = 256,
}
