using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Scores the documents where the terms of an exact phrase stand at their relative positions: a conjunction led by the
/// rarest term, then the phrase's frequency (the start positions at which every term stands in place), scored by the
/// similarity as Lucene's exact phrase scorer scores it.
/// </summary>
internal sealed class AlignedPhraseScorer : Scorer
{
    private readonly Postings[] postings;
    private readonly Similarity.SimScorer docScorer;
    private readonly int[][] starts;
    private readonly int[] counts;
    private readonly int[] cursors;
    private readonly bool deferred;
    private readonly long cost;
    private int doc = -1;

    // The phrase frequency at doc; -1 while a deferred scorer has not counted it yet.
    private int freq;

    /// <summary>
    /// The place of a phrase's only postings when they are its occurrences (a spelling token,
    /// <see cref="Analysis.SpellingPhrases"/>): the phrase stands on each document as often as the token.
    /// </summary>
    public const int Occurrences = -1;

    /// <summary>The postings of one phrase term in a segment, with its document frequency and place in the phrase.</summary>
    internal readonly record struct Postings(DocsAndPositionsEnum Enum, int DocFreq, int Position);

    /// <param name="deferred">Stop at every document holding all the terms and count the phrase there only when its
    /// frequency or score is asked (then 0 where the terms are not in place): for a phrase whose disjunction matches
    /// those documents anyway (<see cref="ResolvedPhraseQuery.Covered"/>), so that documents a conjunction passes over
    /// are never checked.</param>
    /// <param name="cost">The cost to report; the lead postings' own when negative.</param>
    public AlignedPhraseScorer(Weight weight, Postings[] postings, Similarity.SimScorer docScorer, bool deferred = false, long cost = -1)
        : base(weight)
    {
        this.deferred = deferred;
        // The rarest leads; among equally rare ones the phrase order decides, as in Lucene. Sorted in place, stably, by
        // insertion: a phrase has a few terms, and an ordering query allocated for every phrase in every segment.
        for (var i = 1; i < postings.Length; i++)
        {
            var moving = postings[i];
            var j = i - 1;
            for (; j >= 0 && (moving.DocFreq < postings[j].DocFreq || (moving.DocFreq == postings[j].DocFreq && moving.Position < postings[j].Position)); j--)
            {
                postings[j + 1] = postings[j];
            }

            postings[j + 1] = moving;
        }

        this.postings = postings;
        this.docScorer = docScorer;
        this.cost = cost >= 0 ? cost : postings[0].Enum.GetCost();
        starts = [.. postings.Select(_ => new int[8])];
        counts = new int[postings.Length];
        cursors = new int[postings.Length];
    }

    public override int DocID => doc;

    public override int Freq => freq >= 0 ? freq : freq = PhraseFreq();

    // BM25 scores a frequency of 0 as 0, so an unverified stop adds nothing to its disjunction's sum or maximum.
    public override float GetScore() => docScorer.Score(doc, Freq);

    /// <summary>The phrase's score on <paramref name="doc"/> if it stood there <paramref name="frequency"/> times.</summary>
    public float ScoreAt(int doc, float frequency) => docScorer.Score(doc, frequency);

    public override long GetCost() => cost;

    public override int NextDoc() => Align(postings[0].Enum.NextDoc());

    public override int Advance(int target) => Align(postings[0].Enum.Advance(target));

    // From the lead's document on, the first document holding every term in place.
    private int Align(int candidate)
    {
        while (candidate != NO_MORE_DOCS)
        {
            var behind = -1;
            for (var i = 1; i < postings.Length; i++)
            {
                var other = postings[i].Enum;
                var at = other.DocID < candidate ? other.Advance(candidate) : other.DocID;
                if (at > candidate)
                {
                    behind = at;
                    break;
                }
            }

            if (behind >= 0)
            {
                candidate = behind == NO_MORE_DOCS ? NO_MORE_DOCS : postings[0].Enum.Advance(behind);
                continue;
            }

            doc = candidate;
            if (deferred)
            {
                freq = -1;
                return doc;
            }

            freq = PhraseFreq();
            if (freq > 0)
            {
                return doc;
            }

            candidate = postings[0].Enum.NextDoc();
        }

        doc = NO_MORE_DOCS;
        return doc;
    }

    // The start positions (a term's position less its place in the phrase) shared by every term, each counted once.
    private int PhraseFreq()
    {
        if (postings[0].Position == Occurrences)
        {
            return postings[0].Enum.Freq;
        }

        for (var i = 0; i < postings.Length; i++)
        {
            counts[i] = ReadStarts(i);
        }

        var found = 0;
        Array.Clear(cursors);
        var lead = starts[0];
        for (var k = 0; k < counts[0]; k++)
        {
            var start = lead[k];
            if (start < 0 || (k > 0 && start == lead[k - 1]))
            {
                continue;
            }

            var everywhere = true;
            for (var i = 1; i < postings.Length && everywhere; i++)
            {
                var own = starts[i];
                var c = cursors[i];
                while (c < counts[i] && own[c] < start)
                {
                    c++;
                }

                cursors[i] = c;
                everywhere = c < counts[i] && own[c] == start;
            }

            found += everywhere ? 1 : 0;
        }

        return found;
    }

    private int ReadStarts(int term)
    {
        var (positions, _, place) = postings[term];
        var n = positions.Freq;
        if (starts[term].Length < n)
        {
            starts[term] = new int[Math.Max(n, starts[term].Length * 2)];
        }

        var into = starts[term];
        for (var k = 0; k < n; k++)
        {
            into[k] = positions.NextPosition() - place;
        }

        return n;
    }
}
