namespace SearchPortal.Core.Facets;

/// <summary>
/// A transcript's speaker label at the start of a sentence: a few capitalised words (a title and a name; "of", "the",
/// "and", "for" allowed) and a colon, as in "Finance Minister Anton Siluanov: Thank you." The person named there speaks.
/// </summary>
internal static class SpeakerLabel
{
    /// <summary>"Chief of Staff of the Presidential Executive Office Anton Vaino:" has twelve words.</summary>
    private const int MaxWords = 14;

    /// <summary>The index of the label's last word (the one the colon follows), or -1 when the sentence opens with no label.</summary>
    public static int LastWord(SentenceWords sentence)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count && i < MaxWords; i++)
        {
            if (!words[i].IsCapitalized && words[i].Key is not ("of" or "the" or "and" or "for" or "der" or "des" or "fur"))
            {
                return -1;
            }

            var end = words[i].End;
            if (end < sentence.Text.Length && sentence.Text[end] == ':')
            {
                return i;
            }
        }

        return -1;
    }
}
