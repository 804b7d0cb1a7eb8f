using Lucene.Net.Index;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The same articles (centralasia_en and frontpage_de) indexed by the production rebuild twice, with the vocabulary's
/// spelling phrases written as tokens and without: the tokens change no field's statistics, and searches that read
/// phrases from them find the same articles with the same scores to the last bit as reading the words' positions in
/// the same index, and as the index without tokens (where two rebuilds may sum a score's parts in another order, so
/// only up to its last bit). Where the tokens do not fit the searcher's vocabulary, phrases are read from positions.
/// </summary>
public sealed class SpellingTokenSearchTests
{
    private static readonly string[] Corpora = ["centralasia_en", "frontpage_de"];

    private RelevanceArchive plain = null!;
    private RelevanceArchive tokened = null!;

    [OneTimeSetUp]
    public void BuildArchives()
    {
        var sources = Corpora.Select(RepositoryLocator.SharedCorpus).ToList();
        plain = new RelevanceArchive(sources, new ArticleAnalyzer());
        using var analysis = new ArticleAnalyzer();
        tokened = new RelevanceArchive(sources, new ArticleAnalyzer(), new ArticleAnalyzer(SpellingPhrases.Of(plain.Vocabulary, analysis)));
    }

    [OneTimeTearDown]
    public void DisposeArchives()
    {
        plain?.Dispose();
        tokened?.Dispose();
    }

    [Test]
    public void Every_segment_holds_the_tokens_of_the_searchers_vocabulary()
    {
        var fingerprint = tokened.WritingAnalyzer.SpellingPhrases!.Fingerprint;
        using var lease = tokened.Index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        var reader = engine.IndexReader;
        Assert.That(reader.Leaves.All(leaf => engine.HasSpellingTokens(leaf, fingerprint)), Is.True);
        Assert.That(reader.Leaves.Any(leaf => engine.HasSpellingTokens(leaf, "another set")), Is.False);
        Assert.That(Tokens(reader, ArticleFields.BodyEnglish), Is.GreaterThan(1_000), "phrase occurrences written as tokens");
        Assert.That(Tokens(reader, ArticleFields.BodyGerman), Is.GreaterThan(100));
    }

    [Test]
    public void Fields_have_the_same_statistics_as_without_the_tokens()
    {
        using var withTokens = tokened.Index.Lease();
        using var without = plain.Index.Lease();
        foreach (var field in ArticleFields.SearchFields)
        {
            var ours = withTokens.Searcher.CollectionStatistics(field);
            var theirs = without.Searcher.CollectionStatistics(field);
            Assert.That((ours.MaxDoc, ours.DocCount, ours.SumTotalTermFreq, ours.SumDocFreq), Is.EqualTo((theirs.MaxDoc, theirs.DocCount, theirs.SumTotalTermFreq, theirs.SumDocFreq)), field);
        }
    }

    [TestCase("Shavkat Mirziyoyev")]
    [TestCase("president Tokayev")]
    [TestCase("Kasachstan Usbekistan")]
    [TestCase("United States Central Asia")]
    [TestCase("\"Central Asia\" summit")]
    [TestCase("Xi Jinping")]
    [TestCase("Vereinigte Staaten")]
    [TestCase("Wladimir Putin Gipfel")]
    public void Name_queries_score_every_hit_as_the_words_positions_do_to_the_last_bit(string text)
    {
        var positions = new ArticleSearcher(tokened.Index, tokened.Vocabulary, tokened.Analyzer) { ReadsSpellingTokens = false };
        foreach (var match in new[] { MatchMode.AllWords, MatchMode.AnyWord })
        {
            var request = SearchRequest.For(text, match) with { PageSize = 100, Snippets = false };
            var ours = tokened.Searcher.Search(request);
            var theirs = positions.Search(request);
            Assert.That(ours.Total, Is.EqualTo(theirs.Total), $"{match}: total");
            Assert.That(ours.Hits, Has.Count.GreaterThan(3), $"{match}: hits");
            Assert.That(ours.Hits.Select(h => (h.Id, BitConverter.SingleToInt32Bits(h.Score))), Is.EqualTo(theirs.Hits.Select(h => (h.Id, BitConverter.SingleToInt32Bits(h.Score)))), $"{text} ({match})");
            AssertSameFacets(ours, theirs, match);
        }
    }

    [Test]
    public void A_spelling_that_holds_a_word_twice_is_searched_by_its_token()
    {
        // "Consultative Meeting of the Heads of State of Central Asia": "of" three times in the neutral fields.
        var phrases = SpellingPhrases.Of(tokened.Vocabulary, tokened.Analyzer);
        var spelling = new FieldQueryFactory(new QueryTextAnalysis(tokened.Analyzer))
            .ForPhrase(ArticleFields.BodyNeutral, "Consultative Meeting of the Heads of State of Central Asia", 1f) as Lucene.Net.Search.PhraseQuery;
        Assert.That(phrases.TokenOf(spelling!), Is.Not.Null);

        var request = SearchRequest.For("\"Consultative Meeting\" Kasachstan", MatchMode.AnyWord) with { PageSize = 50, Snippets = false };
        var positions = new ArticleSearcher(tokened.Index, tokened.Vocabulary, tokened.Analyzer) { ReadsSpellingTokens = false };
        var ours = tokened.Searcher.Search(request);
        var theirs = positions.Search(request);
        Assert.That(ours.Total, Is.EqualTo(theirs.Total).And.GreaterThan(3));
        Assert.That(ours.Hits.Select(h => (h.Id, h.Score)), Is.EqualTo(theirs.Hits.Select(h => (h.Id, h.Score))));
    }

    [Test]
    public void An_analyzer_that_writes_tokens_cannot_read_queries() =>
        Assert.That(() => new ArticleSearcher(tokened.Index, tokened.Vocabulary, tokened.WritingAnalyzer),
            Throws.ArgumentException.With.Message.Contains("only writes the index"));

    [TestCase("Shavkat Mirziyoyev")]
    [TestCase("United States Central Asia")]
    [TestCase("Vereinigte Staaten")]
    public void Name_queries_find_what_the_index_without_tokens_finds(string text)
    {
        foreach (var match in new[] { MatchMode.AllWords, MatchMode.AnyWord })
        {
            var request = SearchRequest.For(text, match) with { PageSize = 100, Snippets = false };
            var ours = tokened.Searcher.Search(request);
            var theirs = plain.Searcher.Search(request);
            Assert.That(ours.Total, Is.EqualTo(theirs.Total), $"{match}: total");
            Assert.That(ours.Hits.Select(h => h.Score), Is.EqualTo(theirs.Hits.Select(h => h.Score)).Within(2).Ulps, $"{text} ({match})");
            AssertSameFacets(ours, theirs, match);
        }
    }

    [Test]
    public void Another_vocabulary_reads_the_phrases_from_positions_with_the_same_answers()
    {
        // The tokens were written for the full vocabulary: a searcher whose vocabulary lacks a format has another set.
        var vocabulary = tokened.Vocabulary;
        var fewer = new FacetVocabulary(vocabulary.Countries, vocabulary.Formats.Skip(1).ToList(), vocabulary.Officials);
        var other = new ArticleSearcher(tokened.Index, fewer, tokened.Analyzer);
        var positions = new ArticleSearcher(tokened.Index, fewer, tokened.Analyzer) { ReadsSpellingTokens = false };
        foreach (var text in new[] { "Shavkat Mirziyoyev", "Vereinigte Staaten", "Kazakhstan" })
        {
            var request = SearchRequest.For(text, MatchMode.AllWords) with { PageSize = 100, Snippets = false };
            var ours = other.Search(request);
            var theirs = positions.Search(request);
            Assert.That(ours.Total, Is.EqualTo(theirs.Total).And.GreaterThan(3), text);
            AssertSameScores(ours.Hits, theirs.Hits, text);
        }
    }

    // Copies of one article tie, and two rebuilds may store them in another order: the scores in rank order and each
    // article's score must agree.
    private static void AssertSameScores(IReadOnlyList<SearchHit> ours, IReadOnlyList<SearchHit> theirs, string what)
    {
        Assert.That(ours.Select(h => BitConverter.SingleToInt32Bits(h.Score)), Is.EqualTo(theirs.Select(h => BitConverter.SingleToInt32Bits(h.Score))), $"{what}: scores in rank order");
        var theirScores = theirs.GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.First().Score);
        foreach (var hit in ours.Where(h => theirScores.ContainsKey(h.Id)))
        {
            Assert.That(BitConverter.SingleToInt32Bits(hit.Score), Is.EqualTo(BitConverter.SingleToInt32Bits(theirScores[hit.Id])), $"{what}: {hit.Id}");
        }
    }

    private static void AssertSameFacets(SearchResponse ours, SearchResponse theirs, MatchMode match) =>
        Assert.That(ours.Facets.SelectMany(f => f.Values.Select(v => (f.Dimension, v.Value, v.Count))),
            Is.EqualTo(theirs.Facets.SelectMany(f => f.Values.Select(v => (f.Dimension, v.Value, v.Count)))), $"{match}: facet counts");

    private static long Tokens(IndexReader reader, string field)
    {
        long total = 0;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (terms is null || terms.SeekCeil(new Lucene.Net.Util.BytesRef(SpellingPhrases.TokenMark.ToString())) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                if (!SpellingPhrases.IsToken(terms.Term.Utf8ToString()))
                {
                    break;
                }

                total += terms.TotalTermFreq;
            }
            while (terms.MoveNext());
        }

        return total;
    }
}
