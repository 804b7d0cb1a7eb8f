using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The term states a searcher keeps for its requests (<see cref="KnownTermStates"/>): the same hits and scores as terms
/// looked up afresh, within a bound, and never past the opened index they were looked up in.
/// </summary>
public sealed class KnownTermStatesTests : TwoSegmentSampleTests
{
    // Words in one language only, names the vocabulary expands, phrases, a term no article has, a German compound.
    private static readonly string[] Queries =
    [
        "Kazakhstan", "Tokayev energy", "\"Central Asia\" summit", "Kasachstan Energie", "uzbekistan OR mongolia",
        "zzyzxnotaword", "Außenminister", "C5+1 -Kyrgyzstan", "title:Summit", "water",
    ];

    [Test]
    public void Queries_resolved_through_kept_states_score_every_article_as_states_looked_up_afresh()
    {
        using var lease = Sample.Index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        Assert.That(engine.IndexReader.Leaves, Has.Count.GreaterThan(1));
        var afresh = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        foreach (var pass in new[] { "first", "second" })
        {
            foreach (var text in Queries)
            {
                var query = new ArticleQueryParser(Sample.Root.Analyzer, SearcherFixture.Vocabulary).Parse(text).Query;
                var expected = new PresentTerms(afresh).Matchable(query) is { } fresh ? Hits(afresh, fresh) : [];
                var actual = new PresentTerms(engine).Matchable(query) is { } kept ? Hits(engine, kept) : [];

                Assert.That(expected, text == "zzyzxnotaword" ? Is.Empty : Is.Not.Empty, text);
                Assert.That(actual, Is.EqualTo(expected), $"{text} ({pass} pass)");
            }
        }

        Assert.That(engine.TermStates.Count, Is.GreaterThan(Queries.Length), "every field and spelling is kept, absent ones too");
    }

    [Test]
    public void A_kept_state_is_the_state_of_its_own_field_and_word()
    {
        using var lease = Sample.Index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        Term[] terms =
        [
            new(ArticleFields.BodyEnglish, "kazakhstan"), new(ArticleFields.TitleEnglish, "kazakhstan"),
            new(ArticleFields.BodyEnglish, "water"), new(ArticleFields.BodyEnglish, "zzyzxnotaword"),
        ];
        var states = new Dictionary<Term, TermContext>();
        engine.TermStates.LookUp(terms, states);
        var again = new Dictionary<Term, TermContext>();
        engine.TermStates.LookUp(terms, again);

        foreach (var term in terms)
        {
            Assert.That(again[term], Is.SameAs(states[term]), $"{term} is kept");
            Assert.That(again[term].DocFreq, Is.EqualTo(engine.IndexReader.DocFreq(term)), term.ToString());
        }

        Assert.That(again[terms[0]].DocFreq, Is.Not.EqualTo(again[terms[1]].DocFreq), "a title and a body differ");
    }

    [Test]
    public void A_stream_of_new_words_never_keeps_more_than_the_capacity()
    {
        using var lease = Sample.Index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        var known = new KnownTermStates(engine.TermCursors, capacity: 50);
        var water = new Term(ArticleFields.BodyEnglish, "water");
        for (var i = 0; i < 500; i++)
        {
            known.LookUp([new Term(ArticleFields.BodyEnglish, $"zzword{i}")], []);
            Assert.That(known.Count, Is.LessThanOrEqualTo(50));
        }

        var states = new Dictionary<Term, TermContext>();
        var absent = new Term(ArticleFields.BodyEnglish, "zzword499");
        known.LookUp([water, absent], states);
        Assert.That(states[water].DocFreq, Is.EqualTo(engine.IndexReader.DocFreq(water)).And.GreaterThan(0));
        Assert.That(states[absent].DocFreq, Is.Zero);
    }

    [Test]
    public void Requests_on_many_threads_find_the_same_articles()
    {
        var searcher = new ArticleSearcher(Sample.Index, SearcherFixture.Vocabulary, Sample.Root.Analyzer);
        var expected = Queries.Select(q => Ids(searcher, q)).ToArray();
        var wrong = 0;

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var at = i % Queries.Length;
            if (Ids(searcher, Queries[at]) != expected[at])
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.That(wrong, Is.Zero);
    }

    [Test]
    public void A_word_first_searched_in_vain_is_found_as_soon_as_the_index_switches()
    {
        using var root = new TempIndexRoot();
        var older = DiplomacyArticles.All.Where(a => a.Article.Id != "en-c5-unga").ToList();
        root.Rebuilder.Rebuild(DiplomacyArticles.Records(older), DiplomacyArticles.Annotate(older));
        using var index = new ArticleIndex(root.Path);
        var searcher = new ArticleSearcher(index, SearcherFixture.Vocabulary, root.Analyzer);
        var before = searcher.Search(new SearchRequest("minerals", new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AllWords));

        root.Updater.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());
        index.Refresh();
        var after = searcher.Search(new SearchRequest("minerals", new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AllWords));

        Assert.That(before.Total, Is.Zero);
        Assert.That(after.Hits.Select(h => h.Id), Is.EqualTo(new[] { "en-c5-unga" }));
    }

    private static List<(int Doc, float Score)> Hits(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 100).ScoreDocs.Select(d => (d.Doc, d.Score))];

    private static string Ids(ArticleSearcher searcher, string text) =>
        string.Join(",", searcher.Search(new SearchRequest(text, new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AllWordsThenAny, Snippets: false))
            .Hits.Select(h => $"{h.Id}:{h.Score:R}"));
}
