using SearchPortal.Core.Facets.Matching;
using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The lists that one facet extraction at a time reuses from the last: the sentences, their words and the phrase
/// matches found in them.
/// </summary>
/// <remarks>
/// An article made a list of sentences, a list of words and three lists of matches per sentence, the word lists grown
/// by copying: a third of the extraction's allocations.
/// The lists live only during <see cref="FacetExtractor.Extract(Articles.Article, out DateOnly?)"/>, which takes
/// the buffers for one call and gives them back. Not thread-safe: one extraction at a time.
/// </remarks>
internal sealed class ExtractionBuffers
{
    /// <summary>A list that grew beyond this many items for one long article is dropped instead of kept.</summary>
    private const int MaxKeptCapacity = 4096;

    private readonly List<List<WordToken>> wordLists = [];
    private readonly List<List<PhraseMatch>> matchLists = [];
    private int wordListsUsed;
    private int matchListsUsed;

    /// <summary>The words met lately by extractions with these buffers.</summary>
    public RecentWords Words { get; } = new();

    /// <summary>The sentence texts of the article being read.</summary>
    public List<string> SentenceTexts { get; } = [];

    /// <summary>An empty list for one sentence's words, valid until <see cref="Release"/>.</summary>
    public List<WordToken> WordList() => Next(wordLists, ref wordListsUsed);

    /// <summary>An empty list for one sentence's matches, valid until <see cref="Release"/>.</summary>
    public List<PhraseMatch> MatchList() => Next(matchLists, ref matchListsUsed);

    /// <summary>Takes every list back: nothing handed out since the last release may be used any more.</summary>
    public void Release()
    {
        Reclaim(wordLists, wordListsUsed);
        Reclaim(matchLists, matchListsUsed);
        wordListsUsed = 0;
        matchListsUsed = 0;
        SentenceTexts.Clear();
    }

    private static List<T> Next<T>(List<List<T>> lists, ref int used)
    {
        if (used == lists.Count)
        {
            lists.Add([]);
        }

        return lists[used++];
    }

    private static void Reclaim<T>(List<List<T>> lists, int used)
    {
        for (var i = 0; i < used; i++)
        {
            if (lists[i].Capacity > MaxKeptCapacity)
            {
                lists[i] = [];
            }
            else
            {
                lists[i].Clear();
            }
        }
    }
}
