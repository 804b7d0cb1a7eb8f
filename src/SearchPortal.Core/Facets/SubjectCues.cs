using SearchPortal.Core.Facets.Matching;
using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Reads the role of each sentence of an article from its position and its words: the title and the lead, and cue
/// phrases for the parties of a meeting, call or visit, the participants of an event and what someone said or did, in
/// English and German. Immutable after construction and safe to share between threads.
/// </summary>
internal sealed class SubjectCues
{
    private static readonly string[] PartySpellings =
    [
        "held talks", "talks with", "conversation with",
        "spoke with", "met", "met with", "meets", "meeting with", "meet with", "visit to", "visited", "visiting",
        "state visit", "official visit", "working visit", "hosted", "bilateral",
        "traf", "trafen", "trifft", "Treffen mit", "Besuch in",
        "Besuch", "besuchte", "Staatsbesuch", "Gespräch mit", "Gespräche", "Gesprächen", "empfing", "Verhandlungen", "Strategiedialog",
    ];

    private static readonly string[] ParticipantSpellings =
    [
        "participants", "joined", "speeches", "delegation",
        "delegations", "guests", "meeting", "summit", "Teilnehmer", "Gipfel", "Gipfeltreffen", "Treffen",
        "accompanied", "accompanied by", "led by", "headed by", "chaired", "co-chaired", "the floor",
        "go ahead", "is here", "are here", "instructed", "were instructed", "was instructed", "reported",
        "observed", "inspected", "toured", "went on", "laid", "begleitet", "begleitete", "leitete",

        // The honorific short form names someone present or acting in the report ("Mr Sokolov, please", "Ms Golikova
        // then gave a detailed report"); a person named in passing gets a full name and title.
        "Mr", "Ms", "Mrs",
    ];

    private static readonly string[] SpeechSpellings =
    [
        "said", "says", "stated", "noted", "stressed", "emphasised", "emphasized", "told", "declared", "announced", "added",
        "underlined", "underscored", "outlined", "highlighted", "expressed", "welcomed", "proposed", "called for", "urged",
        "thanked", "invited", "reaffirmed", "agreed", "signed", "congratulated", "believes", "pointed out", "conveyed",
        "sagte", "sagt", "erklärte", "betonte", "unterstrich", "kündigte", "forderte", "begrüßte", "dankte", "bekräftigte",
        "schlug", "unterzeichnete", "unterzeichneten", "spoke", "speaking", "replied", "answered", "asked", "presented",
        "described", "explained", "suggested", "reported on", "commented",
    ];

    /// <summary>
    /// A call or a credentials ceremony: each leader who telephoned, each ambassador who presented credentials, is a
    /// party of their own, so the sentence may name any number of them.
    /// </summary>
    private static readonly string[] PartyRollSpellings =
    [
        "telephoned", "telephone conversation", "phone conversation", "telephone call", "phone call", "spoke by telephone",
        "presentation of credentials", "presented credentials", "presented their credentials", "credentials from",
        "letters of credence", "Telefonat", "Telefongespräch", "telefonierte", "telefonierten",
        "Beglaubigungsschreiben",
    ];

    /// <summary>
    /// Someone telling the meeting of what happened elsewhere ("briefed the participants on the Normandy format summit",
    /// "informed the German Chancellor of the agreements between Russia and Turkey"): the teller takes part, the states
    /// of the talks told were parties elsewhere.
    /// </summary>
    private static readonly string[] BriefingSpellings = ["briefed", "informed"];

    /// <summary>The roll of an event: who attended or took part, named one after the other.</summary>
    private static readonly string[] AttendanceSpellings =
    [
        "attended", "attended by", "attending", "took part", "take part", "taking part", "takes part", "participated",
        "nahmen", "teilnahmen",
    ];

    /// <summary>A report of talks held elsewhere, relayed to the meeting or call this article is about.</summary>
    private static readonly string[] ReportedTalkSpellings =
    [
        "results of", "outcome of", "outcomes of", "details of", "following on from", "follow-up to", "updated",
    ];

    /// <summary>The roles each list of spellings gives, in the order the constructor adds the lists.</summary>
    private static readonly SentenceRole[] Kinds =
    [
        SentenceRole.Parties, SentenceRole.Participants, SentenceRole.Speech, SentenceRole.ReportedTalks,
        SentenceRole.Participants | SentenceRole.Attendance, SentenceRole.Parties | SentenceRole.PartyRoll,
        SentenceRole.Participants | SentenceRole.ReportedTalks,
    ];

    private readonly PhraseTrie cues = new();

    public SubjectCues()
    {
        Add(PartySpellings, 0);
        Add(ParticipantSpellings, 1);
        Add(SpeechSpellings, 2);
        Add(ReportedTalkSpellings, 3);
        Add(AttendanceSpellings, 4);
        Add(PartyRollSpellings, 5);
        Add(BriefingSpellings, 6);
        cues.Freeze();
    }

    /// <summary>The role of every sentence; <paramref name="sentences"/> start with the title when the article has one.</summary>
    public SentenceRole[] Read(List<SentenceWords> sentences)
    {
        var roles = new SentenceRole[sentences.Count];
        var matches = new List<PhraseMatch>();
        var leadEnded = false;
        var bodySentences = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.IsTitle)
            {
                roles[s] = SentenceRole.Title | SentenceRole.Lead;
            }
            else if (!leadEnded && bodySentences++ < AboutnessRules.MaxLeadLines)
            {
                roles[s] = SentenceRole.Lead;
                leadEnded = IsFullSentence(sentence);
            }

            roles[s] |= SpeakerLabel.LastWord(sentence) > 0 ? SentenceRole.Speech : SentenceRole.None;
            matches.Clear();
            cues.FindAll(sentence.Words, matches);
            foreach (var match in matches)
            {
                roles[s] |= Kinds[match.Entry];
            }

            // The title says what the article is about, whatever it relays.
            roles[s] &= sentence.IsTitle ? ~SentenceRole.ReportedTalks : ~SentenceRole.None;
        }

        MarkTranscript(sentences, roles);
        return roles;
    }

    /// <summary>
    /// Marks the sentences of a transcript (a news conference, an interview, a speech with replies): from the first
    /// speaker label on, in an article where one speaker label recurs ("Question:", "Vladimir Putin:"). The headings of a
    /// fact sheet ("ENHANCING COMMERCIAL TIES:") look like labels but do not recur; its one-word headings ("Digital:")
    /// and a press review's sources ("Reuters:") do, so a one-word label counts only when it is a question or answer.
    /// </summary>
    private static void MarkTranscript(List<SentenceWords> sentences, SentenceRole[] roles)
    {
        var first = -1;
        var speakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var recurs = false;
        for (var s = 0; s < sentences.Count && !recurs; s++)
        {
            var last = sentences[s].IsTitle ? -1 : SpeakerLabel.LastWord(sentences[s]);
            if (last > 0 || (last == 0 && sentences[s].Words[0].Key is "question" or "answer" or "q" or "frage" or "antwort"))
            {
                first = first < 0 ? s : first;
                recurs = !speakers.Add(sentences[s].Text[..sentences[s].Words[last].End]);
            }
        }

        for (var s = first; recurs && s < sentences.Count; s++)
        {
            roles[s] |= SentenceRole.Transcript;
        }
    }

    /// <summary>A sentence of running text rather than a headline, a place line or a dateline: long enough, and closed by punctuation.</summary>
    private static bool IsFullSentence(SentenceWords sentence)
    {
        var text = sentence.Text.TrimEnd();
        return sentence.Words.Count >= AboutnessRules.MinLeadWords && text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '»' or '“' or '”' or ')';
    }

    private void Add(string[] spellings, int kind)
    {
        foreach (var spelling in spellings)
        {
            cues.Add(SpellingKeys.Of(spelling), new PhraseTerminal(kind, null, false));
        }
    }
}
