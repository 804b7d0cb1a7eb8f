using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets.Matching;

/// <summary>
/// Tells a format an article deals with from one a sentence only lists among others. A mention is enumerated when
/// a list neighbour stands right before or after it across a comma, "and", "or", "und", "oder", "sowie" (another
/// format or an acronym: "the UN, SCO, CICA and CIS") and no meeting or body word follows it ("the SCO summit",
/// "SCO member states" are substantive, as is "within the SCO" outside a list). A format whose every mention is
/// enumerated is mentioned only.
/// </summary>
internal static class FormatEnumeration
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "or", "und", "oder", "sowie" };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "die", "der", "den", "dem" };

    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "summit", "summits", "meeting", "meetings", "secretariat", "secretary", "council", "heads", "member", "members",
        "ministers", "ministerial", "session", "chairmanship", "presidency", "charter", "format", "platform", "framework",
        "gipfel", "treffen", "gipfeltreffen", "vorsitz", "mitglieder", "mitgliedstaaten", "rat", "sitzung",
    };

    /// <summary>
    /// The entries of <paramref name="formatMatches"/> whose every mention in the article is enumerated: the hook a
    /// scorer reads to file them as mentioned rather than about.
    /// </summary>
    public static HashSet<int> MentionedOnly(IReadOnlyList<SentenceWords> sentences, List<PhraseMatch>[] formatMatches)
    {
        var enumerated = new HashSet<int>();
        var substantive = new HashSet<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var match in formatMatches[s])
            {
                (IsEnumerated(sentences[s].Words, match, formatMatches[s]) ? enumerated : substantive).Add(match.Entry);
            }
        }

        enumerated.ExceptWith(substantive);
        return enumerated;
    }

    public static bool IsEnumerated(List<WordToken> words, PhraseMatch match, List<PhraseMatch> sentenceMatches)
    {
        if (match.End < words.Count && !words[match.End].BreakBefore && BodyWords.Contains(words[match.End].Key))
        {
            return false;
        }

        var start = match.Start;
        var end = match.End;
        return ItemBefore(words, start) is { } before && IsOtherItem(words, before, match.Entry, sentenceMatches, m => m.End == before + 1)
            || ItemAfter(words, end) is { } after && IsOtherItem(words, after, match.Entry, sentenceMatches, m => m.Start == after);
    }

    /// <summary>
    /// Another format, or an acronym that is no format: "Conference on Interaction ... in Asia (CICA)" names one
    /// format twice and lists nothing.
    /// </summary>
    private static bool IsOtherItem(List<WordToken> words, int item, int entry, List<PhraseMatch> matches, Predicate<PhraseMatch> at)
    {
        var format = matches.FindIndex(at);
        return format >= 0 ? matches[format].Entry != entry : IsAcronym(words[item]) && !matches.Exists(m => m.Entry == entry && m.Start <= item && item < m.End);
    }

    private static int? ItemBefore(List<WordToken> words, int start)
    {
        int item;
        if (start > 0 && words[start].BreakBefore)
        {
            item = start - 1;
        }
        else if (start > 1 && Joiners.Contains(words[start - 1].Key))
        {
            item = start - 2;
        }
        else if (start > 2 && Articles.Contains(words[start - 1].Key) && (words[start - 1].BreakBefore || Joiners.Contains(words[start - 2].Key)))
        {
            item = words[start - 1].BreakBefore ? start - 2 : start - 3;
        }
        else
        {
            return null;
        }

        return item;
    }

    private static int? ItemAfter(List<WordToken> words, int end)
    {
        var item = end < words.Count && words[end].BreakBefore ? end : end + 1 < words.Count && Joiners.Contains(words[end].Key) ? end + 1 : -1;
        if (item >= 0 && item + 1 < words.Count && Articles.Contains(words[item].Key))
        {
            item++;
        }

        return item >= 0 && item < words.Count ? item : null;
    }

    /// <summary>"UN", "BRICS", "CSTO": two or more letters, all upper-case.</summary>
    private static bool IsAcronym(WordToken word) =>
        word.Surface.Length >= 2 && word.Surface.All(c => char.IsUpper(c) || char.IsDigit(c)) && char.IsLetter(word.Surface[0]);
}
