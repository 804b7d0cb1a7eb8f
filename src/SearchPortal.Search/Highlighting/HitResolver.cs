namespace SearchPortal.Search.Highlighting;

/// <summary>Decides which occurrences of a field's query terms are hits: every occurrence of a word searched on its
/// own, and the words of an exact phrase only where the whole phrase stands.</summary>
internal static class HitResolver
{
    /// <summary>Adds the hits among <paramref name="occurrences"/> that end by <paramref name="limit"/>.</summary>
    public static void AddHits(FieldTerms terms, TermOccurrences occurrences, int fieldIndex, int limit, List<TermHit> hits)
    {
        foreach (var id in occurrences.Present)
        {
            if (terms.MarkedEverywhere(id))
            {
                foreach (var occurrence in occurrences.Of(id))
                {
                    Add(occurrence, id, fieldIndex, limit, hits);
                }
            }
        }

        foreach (var phrase in terms.Phrases)
        {
            AddPhraseHits(phrase, terms, occurrences, fieldIndex, limit, hits);
        }
    }

    private static void AddPhraseHits(
        PhrasePattern phrase, FieldTerms terms, TermOccurrences occurrences, int fieldIndex, int limit, List<TermHit> hits)
    {
        foreach (var anchor in phrase.Alternatives[0])
        {
            foreach (var occurrence in occurrences.Of(anchor))
            {
                if (IsWholePhraseAt(phrase, occurrences, occurrence.Position))
                {
                    AddSlotHits(phrase, terms, occurrences, occurrence.Position, fieldIndex, limit, hits);
                }
            }
        }
    }

    private static bool IsWholePhraseAt(PhrasePattern phrase, TermOccurrences occurrences, int start)
    {
        for (var slot = 1; slot < phrase.Distances.Length; slot++)
        {
            var filled = false;
            foreach (var id in phrase.Alternatives[slot])
            {
                if (occurrences.TryFind(id, start + phrase.Distances[slot], out _))
                {
                    filled = true;
                    break;
                }
            }

            if (!filled)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddSlotHits(
        PhrasePattern phrase, FieldTerms terms, TermOccurrences occurrences, int start, int fieldIndex, int limit, List<TermHit> hits)
    {
        for (var slot = 0; slot < phrase.Distances.Length; slot++)
        {
            foreach (var id in phrase.Alternatives[slot])
            {
                if (terms.MarkedInPhrase(id) && occurrences.TryFind(id, start + phrase.Distances[slot], out var occurrence))
                {
                    Add(occurrence, id, fieldIndex, limit, hits);
                }
            }
        }
    }

    private static void Add(TermOccurrence occurrence, int id, int fieldIndex, int limit, List<TermHit> hits)
    {
        if (occurrence.End <= limit && occurrence.End > occurrence.Start)
        {
            hits.Add(new TermHit(occurrence.Start, occurrence.End, fieldIndex, id));
        }
    }
}
