using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets;

/// <summary>
/// A country named as the topic of a conversation between others rather than as one of its parties: after a topic noun
/// ("discussed the situation in Syria", "a settlement in Syria", "the crisis around Ukraine"), after "on" or "regarding"
/// ("a joint statement by Russia and US on Syria"), or as the adjective of one ("the Syrian peace settlement",
/// "the Ukrainian crisis"). Such a mention never makes the country a subject by its place; its parties do.
/// </summary>
internal static class TopicMention
{
    /// <summary>Words back from the country within which a topic noun makes it a topic ("the situation in the Middle East, particularly in Syria").</summary>
    private const int LookBack = 7;

    private static readonly HashSet<string> TopicNouns = new(StringComparer.Ordinal)
    {
        "situation", "settlement", "conflict", "crisis", "developments", "events", "war", "hostilities", "ceasefire",
        "lage", "konflikt", "krise", "krieg", "situation", "entwicklungen", "beilegung",
    };

    private static readonly HashSet<string> TopicPrepositions = new(StringComparer.Ordinal)
    {
        "on", "regarding", "concerning", "uber", "zu",
    };

    /// <summary>Whether the country matched at words [<paramref name="start"/>, <paramref name="end"/>) is named as a topic.</summary>
    public static bool Is(List<WordToken> words, int start, int end)
    {
        // "the Syrian settlement", "the Syrian peace settlement".
        for (var i = end; i < words.Count && i <= end + 1 && !words[i].BreakBefore; i++)
        {
            if (TopicNouns.Contains(words[i].Key))
            {
                return true;
            }
        }

        if (start > 0 && TopicPrepositions.Contains(words[start - 1].Key))
        {
            return true;
        }

        for (var i = start - 1; i >= 0 && i >= start - LookBack; i--)
        {
            if (TopicNouns.Contains(words[i].Key))
            {
                return true;
            }
        }

        return false;
    }
}
