using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The disjunctions a request searches with (<see cref="PresentTerms"/> makes each a <see cref="LazyDisjunctionMaxQuery"/>,
/// its spellings' phrases that hold the word typed <see cref="ResolvedPhraseQuery.Covered"/>) against the query as
/// parsed, searched by Lucene's own scorers, on the Central Asia corpus indexed by the production rebuild.
/// </summary>
public sealed class LazyDisjunctionMaxQueryTests : CentralAsiaArchiveTests
{
    // Names that expand to spellings (phrases holding the word typed, and some that do not), alone and with other
    // words, all words required or any, a quoted phrase and an exclusion.
    private static readonly object[] Queries =
    [
        new object[] { "Mirziyoyev", false }, new object[] { "Mirziyoyev summit", true }, new object[] { "Tokayev Jinping", true },
        new object[] { "Xi Jinping Astana", true }, new object[] { "Kazakhstan China cooperation", true },
        new object[] { "Kazakhstan China cooperation", false }, new object[] { "Biden Central Asia", true },
        new object[] { "\"Central Asia\" Korea", true }, new object[] { "Uzbekistan -Tajikistan", true },
        new object[] { "Shanghai Cooperation Organization summit", true },
    ];

    [TestCaseSource(nameof(Queries))]
    public void A_request_finds_the_articles_of_the_parsed_query_with_the_same_scores(string text, bool allWords)
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse(text, allWords).Query!;
        var matchable = new PresentTerms(engine).Matchable(query)!;
        Assert.That(Disjunctions(matchable).OfType<LazyDisjunctionMaxQuery>(), Is.Not.Empty);

        var expected = lucene.Search(query, 2000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var actual = engine.Search(matchable, 2000).ScoreDocs.Select(d => (d.Doc, d.Score));

        Assert.That(expected, Is.Not.Empty);
        ScoredHits.AssertSame(actual, expected, text);
    }

    [Test]
    public void A_names_spellings_holding_a_word_searched_alone_only_score()
    {
        using var lease = Archive.Index.Lease();
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse("Mirziyoyev summit", requireAllWords: true).Query!;
        var leaves = QueryLeaves.Of(new PresentTerms(lease.Searcher).Matchable(query)!).ToList();
        var words = leaves.OfType<ResolvedTermQuery>().Select(t => t.Term).ToHashSet();
        var covered = leaves.OfType<ResolvedPhraseQuery>().Where(p => p.Covered).ToList();

        Assert.That(covered.Select(p => p.ToString()), Has.Some.Contains("shavkat mirziyoyev"));
        Assert.That(covered, Has.All.Matches<ResolvedPhraseQuery>(p => p.GetTerms().Any(words.Contains)), "each holds a word searched alone in its field");
        Assert.That(leaves.OfType<ResolvedPhraseQuery>().Where(p => !p.Covered), Has.All.Matches<ResolvedPhraseQuery>(p => !p.GetTerms().Any(words.Contains)));
    }

    [Test]
    public void A_disjunction_of_more_than_sixty_four_clauses_scores_as_Lucenes()
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in engine.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms("body_en").GetEnumerator();
            while (words.Count < 70 && terms.MoveNext())
            {
                if (terms.DocFreq > 20 && terms.Term.Utf8ToString() is { Length: > 3 } word && word.All(char.IsLetter))
                {
                    words.Add(word);
                }
            }
        }

        Assert.That(words, Has.Count.EqualTo(70));
        var clauses = words.Select(w => (Query)new TermQuery(new Lucene.Net.Index.Term("body_en", w))).ToList();
        var expected = engine.Search(new DisjunctionMaxQuery(clauses, 0.1f), 3000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var actual = engine.Search(new LazyDisjunctionMaxQuery(clauses, 0.1f), 3000).ScoreDocs.Select(d => (d.Doc, d.Score));

        Assert.That(expected, Has.Count.GreaterThan(100));
        ScoredHits.AssertSame(actual, expected, "70 words");
    }

    [Test]
    public void A_covered_phrase_is_guarded_by_its_word_searched_alone_in_the_same_field()
    {
        using var lease = Archive.Index.Lease();
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse("Mirziyoyev summit", requireAllWords: true).Query!;
        var disjunctions = Disjunctions(new PresentTerms(lease.Searcher).Matchable(query)!).OfType<LazyDisjunctionMaxQuery>().ToList();
        var guarded = 0;
        foreach (var disjunction in disjunctions)
        {
            var guards = disjunction.Guards();
            for (var i = 0; i < guards.Length; i++)
            {
                if (disjunction.Disjuncts[i] is ResolvedPhraseQuery { Covered: true } phrase)
                {
                    var word = (TermQuery)disjunction.Disjuncts[guards[i]];
                    Assert.That(phrase.GetTerms(), Does.Contain(word.Term), phrase.ToString());
                    guarded++;
                }
                else
                {
                    Assert.That(guards[i], Is.EqualTo(-1), disjunction.Disjuncts[i].ToString());
                }
            }
        }

        Assert.That(guarded, Is.GreaterThan(1));
    }

    [Test]
    public void A_covered_phrase_alone_counts_only_the_articles_that_write_it_in_place()
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse("Mirziyoyev").Query!;
        var covered = QueryLeaves.Of(new PresentTerms(engine).Matchable(query)!).OfType<ResolvedPhraseQuery>()
            .Single(p => p.Covered && p.ToString() == "body_en:\"shavkat mirziyoyev\"^0.35");
        var plain = new PhraseQuery();
        foreach (var (term, position) in covered.GetTerms().Zip(covered.GetPositions()))
        {
            plain.Add(term, position);
        }

        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var written = lucene.Search(plain, 2000).ScoreDocs.Select(d => d.Doc).ToHashSet();
        var scored = engine.Search(new LazyDisjunctionMaxQuery([new TermQuery(covered.GetTerms()[^1]), covered], 0.1f), 2000).ScoreDocs;
        var alone = engine.Search(new TermQuery(covered.GetTerms()[^1]), 2000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

        Assert.That(written, Is.Not.Empty);
        Assert.That(scored.Select(d => d.Doc), Is.EquivalentTo(alone.Keys), "the phrase adds no article to its word's");
        Assert.That(scored.Where(d => d.Score > alone[d.Doc] * 1.00001f).Select(d => d.Doc), Is.EquivalentTo(written), "and scores where it stands");
    }

    [Test]
    public void A_filtered_query_resolved_again_keeps_its_lazy_disjunctions_and_its_hits()
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse("Mirziyoyev summit", requireAllWords: true).Query!;
        var filters = FacetFilter.From(new Dictionary<string, IReadOnlyList<string>> { [FacetDimension.Country] = ["Uzbekistan"] }, Archive.Vocabulary);
        var filtered = FacetFilter.Narrow(new PresentTerms(engine).Matchable(query)!, filters);

        var resolved = QueryTermStates.Resolve(filtered, engine.TopReaderContext);

        Assert.That(Disjunctions(resolved), Is.Not.Empty.And.All.InstanceOf<LazyDisjunctionMaxQuery>());
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var plain = FacetFilter.Narrow(query, filters);
        var expected = lucene.Search(plain, 500).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        Assert.That(expected, Is.Not.Empty);
        ScoredHits.AssertSame(engine.Search(filtered, 500).ScoreDocs.Select(d => (d.Doc, d.Score)), expected);
    }

    private static IEnumerable<Query> Disjunctions(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Disjunctions(c.Query)),
        DisjunctionMaxQuery max => [max],
        _ => [],
    };
}
