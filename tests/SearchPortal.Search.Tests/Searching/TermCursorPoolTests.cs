using Lucene.Net.Index;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Term look-ups through enumerators the engine's searcher keeps between requests (<see cref="CursorPool{T}"/>) against
/// fresh enumerators per look-up, on the diplomacy articles indexed by the production rebuild plus an update (two
/// segments, each missing some terms): kept enumerators have sought other terms before, in another order.
/// </summary>
public sealed class TermCursorPoolTests : TwoSegmentSampleTests
{
    // Names the vocabulary expands, phrases, a German compound, a term no article has; then the same again backwards.
    private static readonly string[] Queries =
    [
        "Kazakhstan", "Tokayev energy", "\"Central Asia\" summit", "Kasachstan Energie", "zzyzxnotaword", "Außenminister",
        "uzbekistan OR mongolia", "water", "C5+1 -Kyrgyzstan",
    ];

    [Test]
    public void Kept_enumerators_find_every_term_state_fresh_ones_find_in_any_order_of_lookups()
    {
        using var lease = Sample.Index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        Assert.That(engine.IndexReader.Leaves, Has.Count.GreaterThan(1));
        var pool = engine.TermCursors;
        var leaves = engine.IndexReader.Leaves.Count;

        foreach (var text in Queries.Concat(Queries.Reverse()).Concat(Queries))
        {
            var terms = TermsOf(text);
            var fresh = QueryTermStates.LookUp(terms, engine.TopReaderContext);
            var kept = QueryTermStates.LookUp(terms, engine.TopReaderContext, pool);

            Assert.That(kept.Keys, Is.EquivalentTo(fresh.Keys), text);
            foreach (var term in terms)
            {
                Assert.That(Described(kept[term], leaves), Is.EqualTo(Described(fresh[term], leaves)), $"{text}: {term}");
            }
        }

        Assert.That(QueryTermStates.LookUp(TermsOf("Kazakhstan"), engine.TopReaderContext, pool)
            .Values.Any(state => state.DocFreq > 0), "the kept enumerators still find terms after a look-up of an absent one");
    }

    [Test]
    public void A_returned_cursor_set_serves_the_next_lookup_and_one_over_another_reader_is_refused()
    {
        using var lease = Sample.Index.Lease();
        var pool = ((ArticleIndexSearcher)lease.Searcher).TermCursors;
        var cursors = pool.Rent();
        pool.Return(cursors);
        Assert.That(pool.Rent(), Is.SameAs(cursors));

        using var other = new MultiReader([.. lease.Searcher.IndexReader.Leaves.Select(leaf => leaf.AtomicReader)], closeSubReaders: false);
        Assert.That(() => pool.Return(new TermCursors(other.Context)),
            Throws.ArgumentException.With.Message.Contains("another reader"));
    }

    private List<Term> TermsOf(string text) =>
        [.. QueryLeaves.Of(new ArticleQueryParser(Sample.Root.Analyzer, SearcherFixture.Vocabulary).Parse(text).Query)
            .SelectMany(leaf => leaf switch
            {
                Lucene.Net.Search.TermQuery term => [term.Term],
                Lucene.Net.Search.PhraseQuery phrase => phrase.GetTerms(),
                _ => [],
            })
            .Distinct()];

    // What a term query reads of a state: per segment whether it is there, with which postings, and the totals.
    private static string Described(TermContext context, int leaves) =>
        $"{context.DocFreq}/{context.TotalTermFreq}:" + string.Join(";", Enumerable.Range(0, leaves).Select(ord => context.Get(ord)?.ToString() ?? "-"));
}
