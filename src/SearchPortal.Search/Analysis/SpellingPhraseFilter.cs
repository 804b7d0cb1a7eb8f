using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Search.Analysis;

/// <summary>
/// Adds the token of a spelling phrase (<see cref="SpellingPhrases"/>) after the last word of each place where the phrase
/// stands, at that word's position (increment 0) and offsets: the end of an indexing chain, never of a query's.
/// </summary>
/// <remarks>
/// A phrase stands at a start position when each of its words is at the start plus its place: what an exact phrase
/// query counts, once per start however many tokens share a position (a German compound and its parts). The words of
/// the last <see cref="SpellingPhrases.MaxSpan"/> positions are remembered by number, so a word no phrase holds costs
/// one look-up. The filter belongs to one indexing thread's chain, like every Lucene token stream.
/// </remarks>
internal sealed class SpellingPhraseFilter : TokenFilter
{
    private const int Ring = 16;

    private readonly FieldSpellingPhrases phrases;
    private readonly ICharTermAttribute termAtt;
    private readonly IPositionIncrementAttribute positionAtt;

    // Per ring slot: the position it holds and the numbers of the phrase words standing there.
    private readonly int[] slotPositions = new int[Ring];
    private readonly int[][] slotWords = [.. Enumerable.Range(0, Ring).Select(_ => new int[4])];
    private readonly int[] slotCounts = new int[Ring];

    private readonly List<string> pending = [];
    private readonly List<int> completedHere = [];
    private int nextPending;
    private int position = -1;

    /// <summary>Adds the tokens of <paramref name="phrases"/> to the tokens of <paramref name="input"/>.</summary>
    public SpellingPhraseFilter(TokenStream input, FieldSpellingPhrases phrases)
        : base(input)
    {
        this.phrases = phrases ?? throw new ArgumentNullException(nameof(phrases));
        termAtt = AddAttribute<ICharTermAttribute>();
        positionAtt = AddAttribute<IPositionIncrementAttribute>();
        Array.Fill(slotPositions, -1);
    }

    public override bool IncrementToken()
    {
        if (nextPending < pending.Count)
        {
            // The last word's attributes stay: its offsets, so offsets never go back.
            termAtt.SetEmpty().Append(pending[nextPending++]);
            positionAtt.PositionIncrement = 0;
            return true;
        }

        pending.Clear();
        nextPending = 0;
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var increment = positionAtt.PositionIncrement;
        if (increment > 0)
        {
            position += increment;
            completedHere.Clear();
        }

        var word = phrases.WordId(termAtt.Buffer.AsSpan(0, termAtt.Length));
        if (word >= 0 && position >= 0)
        {
            Remember(word);
            foreach (var p in phrases.EndingWith(word))
            {
                if (!completedHere.Contains(p) && StandsEndingHere(phrases.Phrases[p]))
                {
                    completedHere.Add(p);
                    pending.Add(phrases.Phrases[p].Key);
                }
            }
        }

        return true;
    }

    private void Remember(int word)
    {
        var slot = position & (Ring - 1);
        if (slotPositions[slot] != position)
        {
            slotPositions[slot] = position;
            slotCounts[slot] = 0;
        }

        if (slotCounts[slot] == slotWords[slot].Length)
        {
            Array.Resize(ref slotWords[slot], slotCounts[slot] * 2);
        }

        slotWords[slot][slotCounts[slot]++] = word;
    }

    private bool StandsEndingHere(FieldSpellingPhrases.Phrase phrase)
    {
        var start = position - phrase.Span;
        if (start < 0)
        {
            return false;
        }

        for (var i = 0; i < phrase.Words.Length - 1; i++)
        {
            var at = start + phrase.Offsets[i];
            var slot = at & (Ring - 1);
            if (slotPositions[slot] != at || Array.IndexOf(slotWords[slot], phrase.Words[i], 0, slotCounts[slot]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        Array.Fill(slotPositions, -1);
        pending.Clear();
        completedHere.Clear();
        nextPending = 0;
        position = -1;
    }
}
