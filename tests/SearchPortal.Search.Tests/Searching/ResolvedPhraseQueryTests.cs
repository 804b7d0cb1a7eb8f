using Lucene.Net.Search;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Exact phrases that carry their terms' looked-up states (<see cref="ResolvedPhraseQuery"/>, scored by
/// <see cref="AlignedPhraseScorer"/>) against Lucene's own phrase query, on the Central Asia corpus indexed by the
/// production rebuild: the same articles with the same scores.
/// </summary>
public sealed class ResolvedPhraseQueryTests : CentralAsiaArchiveTests
{
    // Quoted phrases (stopword gaps, a repeated word, a phrase no article has), vocabulary names that expand to a phrase
    // per spelling and field, German names, and a query mixing phrases with plain words.
    private static readonly string[] Queries =
    [
        "\"Central Asia\"", "\"President of the Republic of Uzbekistan\"", "\"the head of the state\"",
        "\"Central Asia\" summit", "\"Asia Central\"", "\"very very\"", "\"region region\"", "Shanghai Cooperation Organization",
        "United States Kazakhstan", "\"Zentralasien Gipfel\"", "Kirgisistan Usbekistan", "\"foreign ministers of Central Asia\"",
    ];

    [TestCaseSource(nameof(Queries))]
    public void Resolved_phrases_find_and_score_every_article_as_Lucenes_phrase_query(string text)
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse(text).Query;
        var resolved = QueryTermStates.Resolve(query, engine.TopReaderContext);
        Assert.That(QueryLeaves.Of(resolved).OfType<ResolvedPhraseQuery>(), Is.Not.Empty, "the query holds exact phrases to resolve");

        var expected = lucene.Search(query, 500).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var actual = lucene.Search(resolved, 500).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(engine.Search(query, 500).ScoreDocs.Select(d => (d.Doc, d.Score)), Is.EqualTo(expected), "through the engine's searcher");
    }

    [Test]
    public void A_frequent_phrase_is_found_in_many_articles_with_its_frequency_in_each()
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse("\"Central Asia\"").Query;
        var resolved = QueryTermStates.Resolve(query, engine.TopReaderContext);
        var phrases = QueryLeaves.Of(resolved).OfType<ResolvedPhraseQuery>().ToList();
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };

        foreach (var phrase in phrases)
        {
            var plain = new PhraseQuery();
            var positions = phrase.GetPositions();
            foreach (var (term, i) in phrase.GetTerms().Select((t, i) => (t, i)))
            {
                plain.Add(term, positions[i]);
            }

            var hits = lucene.Search(plain, 1000).ScoreDocs;
            foreach (var hit in hits.Take(50))
            {
                Assert.That(lucene.Explain(phrase, hit.Doc).ToString(), Does.Contain("phraseFreq=" + PhraseFreq(lucene, plain, hit.Doc)), phrase.ToString());
            }
        }

        Assert.That(phrases.Sum(p => lucene.Search(p, 1000).TotalHits), Is.GreaterThan(50), "the corpus writes Central Asia often");
    }

    [Test]
    public void A_resolved_term_explains_each_article_as_Lucenes_term_query()
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse("summit").Query;
        var terms = QueryLeaves.Of(QueryTermStates.Resolve(query, engine.TopReaderContext)).OfType<ResolvedTermQuery>().ToList();
        Assert.That(terms, Is.Not.Empty);

        foreach (var resolved in terms)
        {
            var plain = new TermQuery(resolved.Term) { Boost = resolved.Boost };
            foreach (var hit in lucene.Search(plain, 20).ScoreDocs)
            {
                var expected = lucene.Explain(plain, hit.Doc);
                var actual = lucene.Explain(resolved, hit.Doc);
                Assert.That(actual.Value, Is.EqualTo(expected.Value), resolved.ToString());
                var frequency = System.Text.RegularExpressions.Regex.Match(expected.ToString(), @"termFreq=\S+").Value;
                Assert.That(frequency, Is.Not.Empty);
                Assert.That(actual.ToString(), Does.Contain(frequency), resolved.ToString());
            }

            Assert.That(lucene.Explain(resolved, NoArticleWith(lucene, plain)).IsMatch, Is.False);
        }
    }

    private static int NoArticleWith(IndexSearcher searcher, Query query)
    {
        var with = searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs.Select(d => d.Doc).ToHashSet();
        return Enumerable.Range(0, searcher.IndexReader.MaxDoc).First(doc => !with.Contains(doc));
    }

    private static string PhraseFreq(IndexSearcher searcher, Query query, int doc)
    {
        var explained = searcher.Explain(query, doc).ToString();
        var at = explained.IndexOf("phraseFreq=", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), explained);
        var end = explained.IndexOf(Environment.NewLine, at, StringComparison.Ordinal);
        return explained[(at + "phraseFreq=".Length)..end].Trim();
    }
}
