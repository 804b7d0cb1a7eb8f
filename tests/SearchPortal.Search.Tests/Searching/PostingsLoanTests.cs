using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Postings read on enumerators the engine's searcher keeps between requests (<see cref="PostingsLoan"/>,
/// <see cref="PostingsCursors"/>) against Lucene's own term and phrase queries, on the diplomacy articles indexed by the
/// production rebuild plus an update (two segments, each missing some terms): kept enumerators read other terms
/// before, many are held at once, searches run side by side and on the thread pool, and the index switches.
/// </summary>
public sealed class PostingsLoanTests : TwoSegmentSampleTests
{
    // Names the vocabulary expands to phrases, quoted phrases, a German compound, a term no article has, exclusions.
    private static readonly string[] Queries =
    [
        "Kazakhstan", "Tokayev energy", "\"Central Asia\" summit", "Kasachstan Energie", "zzyzxnotaword", "Außenminister",
        "uzbekistan OR mongolia", "water", "C5+1 -Kyrgyzstan", "\"foreign ministers\" Kazakhstan", "Kassym-Jomart Tokayev",
        "summit OR energy OR water OR ministers",
    ];

    [Test]
    public void Postings_on_kept_enumerators_find_and_score_every_article_as_Lucenes_own_queries()
    {
        using var lease = Sample.Index.Lease();
        var engine = lease.Searcher;
        Assert.That(engine.IndexReader.Leaves, Has.Count.GreaterThan(1));
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var parsed = Queries.Select(text => (text, Query: Parse(text))).ToList();
        var expected = parsed.ToDictionary(p => p.text, p => Scored(lucene, p.Query));
        Assert.That(expected.Values.Count(hits => hits.Count > 0), Is.GreaterThan(8), "most queries find articles");

        // Each round holds one loan over all its queries (every scorer's enumerators lent at once), the later rounds
        // reading on the enumerators the earlier ones gave back, in another order of queries.
        foreach (var round in new[] { parsed, [.. Enumerable.Reverse(parsed)], parsed })
        {
            using var loan = PostingsLoan.From(engine);
            Assert.That(loan, Is.Not.Null);
            var present = new PresentTerms(engine, loan);
            foreach (var (text, query) in round)
            {
                var matchable = present.Matchable(query);
                ScoredHits.AssertSame(matchable is null ? [] : Scored(engine, matchable), expected[text], text);
            }
        }
    }

    [Test]
    public void A_reclaimed_enumerator_is_reset_for_the_next_term_and_reads_its_postings_as_a_fresh_one()
    {
        using var lease = Sample.Index.Lease();
        var top = lease.Searcher.TopReaderContext;
        var leaf = top.Leaves[0];
        var terms = CommonTerms(leaf, SearchPortal.Search.Schema.ArticleFields.BodyEnglish, 3);
        var states = QueryTermStates.LookUp(terms, top);
        var cursors = new PostingsCursors(top);

        var first = cursors.Docs(leaf, terms[0], states[terms[0]].Get(leaf.Ord)!, null)!;
        var second = cursors.Docs(leaf, terms[1], states[terms[1]].Get(leaf.Ord)!, null)!;
        Assert.That(second, Is.Not.SameAs(first), "two scorers of one request never share an enumerator");
        Assert.That(Read(first), Is.EqualTo(Fresh(leaf, terms[0])));
        cursors.Reclaim();

        // All three held at once, as the scorers of one query hold them, then read.
        var again = terms.AsEnumerable().Reverse().Select(term => (term, Docs: cursors.Docs(leaf, term, states[term].Get(leaf.Ord)!, null)!)).ToList();
        Assert.That(again.Select(a => a.Docs).Distinct().Count(), Is.EqualTo(terms.Count));
        foreach (var (term, docs) in again)
        {
            Assert.That(Read(docs), Is.EqualTo(Fresh(leaf, term)), term.ToString());
        }

        cursors.Reclaim();
        Assert.That(cursors.Docs(leaf, terms[2], states[terms[2]].Get(leaf.Ord)!, null), Is.SameAs(first), "Lucene resets the kept enumerator");
    }

    [Test]
    public void A_query_that_outlives_its_loan_opens_fresh_postings_and_finds_the_same_articles()
    {
        using var lease = Sample.Index.Lease();
        var engine = lease.Searcher;
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var query = Parse("\"Central Asia\" summit");
        var loan = PostingsLoan.From(engine)!;
        var matchable = new PresentTerms(engine, loan).Matchable(query)!;
        loan.Dispose();

        // Another request now holds the returned enumerators: its scorers stand at their first article meanwhile.
        var otherQuery = Parse("Kazakhstan OR energy OR water OR summit");
        using var next = PostingsLoan.From(engine)!;
        var other = engine.CreateNormalizedWeight(new PresentTerms(engine, next).Matchable(otherQuery)!);
        var held = engine.IndexReader.Leaves.Select(leaf => (leaf, Scorer: other.GetScorer(leaf, leaf.AtomicReader.LiveDocs))).ToList();
        var first = held.Select(h => h.Scorer?.NextDoc()).ToList();

        Assert.That(loan.For(engine.IndexReader.Leaves[0]), Is.Null);
        Assert.That(Scored(lucene, query), Is.Not.Empty);
        ScoredHits.AssertSame(Scored(engine, matchable), Scored(lucene, query));

        // The other request's scorers read on undisturbed.
        var expected = Scored(lucene, otherQuery);
        var read = new List<(int, float)>();
        for (var i = 0; i < held.Count; i++)
        {
            if (held[i].Scorer is not { } scorer)
            {
                continue;
            }

            for (var doc = first[i]!.Value; doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                read.Add((held[i].leaf.DocBase + doc, scorer.GetScore()));
            }
        }

        Assert.That(read, Is.Not.Empty);
        ScoredHits.AssertSame(read, expected);
    }

    [Test]
    public void Concurrent_searches_and_slices_on_the_thread_pool_give_the_answers_of_one_search_at_a_time()
    {
        // Two slices (one per segment) even for this small index: the second runs on the thread pool.
        using var analyzer = new SearchPortal.Search.Analysis.ArticleAnalyzer();
        var searcher = new ArticleSearcher(Sample.Index, SearcherFixture.Vocabulary, analyzer) { Slices = 2, SlicedFromDocs = 1 };
        var expected = Queries.ToDictionary(q => q, q => Described(searcher.Search(Request(q))));

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (var round = 0; round < 5; round++)
            {
                foreach (var text in Queries.Skip(worker).Concat(Queries.Take(worker)))
                {
                    if (Described(searcher.Search(Request(text))) != expected[text])
                    {
                        failures.Add($"worker {worker}, round {round}: {text}");
                    }
                }
            }
        })).ToArray();
        Task.WaitAll(workers);

        Assert.That(failures, Is.Empty);
        Assert.That(expected.Values.Count(answer => !answer.StartsWith("0|", StringComparison.Ordinal)), Is.GreaterThan(8));
    }

    [Test]
    public void After_an_index_switch_searches_read_the_new_generation_while_a_lease_of_the_old_one_keeps_its_own()
    {
        using var root = new TempIndexRoot();
        root.BuildSampleInTwoSegments();
        using var index = new ArticleIndex(root.Path);
        using var fixture = new SearcherFixture(index);
        var before = Queries.Select(q => Described(fixture.Searcher.Search(Request(q)))).ToList();
        using var old = index.Lease();
        using var oldLoan = PostingsLoan.From(old.Searcher)!;
        var oldQuery = new PresentTerms(old.Searcher, oldLoan).Matchable(Parse("Kazakhstan"))!;
        var oldHits = Scored(old.Searcher, oldQuery);

        var fewer = DiplomacyArticles.All.Take(3).ToList();
        root.Rebuilder.Rebuild(DiplomacyArticles.Records(fewer), DiplomacyArticles.Annotate(fewer));
        index.Refresh();
        var after = Queries.Select(q => Described(fixture.Searcher.Search(Request(q)))).ToList();

        using (var reopened = new ArticleIndex(root.Path))
        using (var fresh = new SearcherFixture(reopened))
        {
            Assert.That(after, Is.EqualTo(Queries.Select(q => Described(fresh.Searcher.Search(Request(q))))), "as a searcher that never read the old generation");
        }

        Assert.That(after, Is.Not.EqualTo(before), "the new generation holds fewer articles");
        Assert.That(Scored(old.Searcher, oldQuery), Is.EqualTo(oldHits).And.Not.Empty, "the old lease still reads its own segments");
    }

    private static SearchRequest Request(string text) =>
        SearchRequest.For(text, MatchMode.AllWordsThenAny) with { PageSize = 20, Snippets = false };

    private Query Parse(string text) => new ArticleQueryParser(Sample.Root.Analyzer, SearcherFixture.Vocabulary).Parse(text).Query;

    private static List<(int Doc, float Score)> Scored(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 500).ScoreDocs.Select(d => (d.Doc, d.Score))];

    private static List<int> Read(DocsEnum docs)
    {
        var read = new List<int>();
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            read.Add(doc * 1000 + docs.Freq);
        }

        return read;
    }

    // The field's terms in the segment that most of its articles hold, most common first.
    private static List<Term> CommonTerms(AtomicReaderContext leaf, string field, int count)
    {
        var found = new List<(Term Term, int DocFreq)>();
        var terms = leaf.AtomicReader.GetTerms(field)!.GetEnumerator();
        while (terms.MoveNext())
        {
            found.Add((new Term(field, Lucene.Net.Util.BytesRef.DeepCopyOf(terms.Term)), terms.DocFreq));
        }

        return [.. found.OrderByDescending(t => t.DocFreq).Take(count).Select(t => t.Term)];
    }

    private static List<int> Fresh(AtomicReaderContext leaf, Term term)
    {
        var terms = leaf.AtomicReader.GetTerms(term.Field)!.GetEnumerator();
        Assert.That(terms.SeekExact(term.Bytes), Is.True, term.ToString());
        return Read(terms.Docs(null, null));
    }

    // Everything a reader sees of an answer: total, hits with their exact scores, facet counts, notices.
    private static string Described(SearchResponse response) => string.Join("|",
        response.Total.ToString(CultureInfo.InvariantCulture),
        string.Join(",", response.Hits.Select(h => h.Id + ":" + h.Score.ToString("R", CultureInfo.InvariantCulture))),
        string.Join(";", response.Facets.Select(f => f.Dimension + "=" + string.Join(",", f.Values.Select(v => $"{v.Value}:{v.Count}")) + "+" + f.Others)),
        response.Notice ?? "", response.DidYouMean ?? "", response.Matched.ToString());
}
