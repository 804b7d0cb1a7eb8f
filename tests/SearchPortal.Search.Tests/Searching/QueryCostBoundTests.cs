using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.FacetCounting;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The bounds on what one query may cost, on generated articles indexed by the production rebuild: a word pasted from
/// many parts is not a disjunction of all of them, and prefixes share one highlighting budget per field.
/// </summary>
public sealed class QueryCostBoundTests : RebuiltIndexTests
{
    // Nine words of the generated articles joined by commas: one "word" of nine parts, each part in most articles.
    private const string NinePartWord = "talks,railway,energy,water,summit,trade,security,investment,pipeline";
    private const string EightPartWord = "talks,railway,energy,water,summit,trade,security,investment";

    // Thirty made-up countries of four other spellings each: 120 spellings, past the per-query cap of 64.
    private static readonly string[] Lands = [.. Enumerable.Range(0, 30).Select(i => "Zor" + (char)('a' + (i / 26)) + (char)('a' + (i % 26)))];

    private static readonly FacetVocabulary ManyLands = new(
        [.. Lands.Select(land => new VocabularyEntry(land, [land + "ese", land + "ian", land + "en", "Republic of " + land]))], [], []);

    private protected override void Rebuild(TempIndexRoot root)
    {
        var pipeline = new IngestionPipeline(SearcherFixture.Vocabulary);
        var records = new GeneratedNews(SearcherFixture.Vocabulary, seed: 12).Articles("news", 300)
            .Append(Record("first-land", "A delegation", $"The {Lands[0]}ese delegation arrived on Monday."))
            .Append(Record("last-land", "A delegation", $"The {Lands[^1]}ese delegation arrived on Monday."))
            .Append(Record("listed", "A list of topics", "The agenda read: talks, railway, energy, water, summit, trade, security, investment, pipeline."))
            .Concat(Enumerable.Range(0, 300).Select(i => Record(
                "codes-" + i.ToString(CultureInfo.InvariantCulture),
                "Registry codes",
                string.Create(CultureInfo.InvariantCulture, $"The registry lists zetacode{i:D3} and zetbcode{i:D3} among its entries."))));
        root.Rebuilder.Rebuild(records, pipeline.Annotator.Annotate);
    }

    [TestCase(MatchMode.AnyWord)]
    [TestCase(MatchMode.AllWordsThenAny)]
    public void A_word_of_more_than_eight_parts_is_searched_as_a_phrase_with_the_notice(MatchMode match)
    {
        var response = Searcher.Search(SearchRequest.For(NinePartWord, match) with { PageSize = 100 });

        Assert.That(response.Hits.Select(h => h.Id), Is.EqualTo(new[] { "listed" }));
        Assert.That(response.Notice, Does.Contain(ArticleQueryParser.LongWordNotice));
    }

    [Test]
    public void A_word_of_eight_parts_still_finds_articles_with_any_of_them_without_a_notice()
    {
        var response = Searcher.Search(SearchRequest.For(EightPartWord, MatchMode.AnyWord) with { PageSize = 100 });

        Assert.That(response.Total, Is.GreaterThan(100));
        Assert.That(response.Hits[0].Id, Is.EqualTo("listed"));
        Assert.That(response.Notice, Is.Null);
    }

    [Test]
    public void Words_of_a_few_parts_past_the_query_budget_of_parts_are_searched_as_phrases_with_the_notice()
    {
        // Five words of four parts: the first four spend the budget of 16, the fifth is read as a phrase.
        var query = "talks,railway,energy,water trade,security,investment,border visit,agreement,summit,pipeline "
            + "talks,energy,trade,visit railway,water,security,agreement";
        var response = Searcher.Search(SearchRequest.For(query, MatchMode.AnyWord) with { PageSize = 100 });

        Assert.That(response.Notice, Does.Contain(ArticleQueryParser.LongWordNotice));
        Assert.That(response.Total, Is.GreaterThan(100));
    }

    [Test]
    public void Hyphenated_words_of_an_ordinary_query_keep_finding_any_of_their_parts()
    {
        var response = Searcher.Search(SearchRequest.For("railway-energy water-summit", MatchMode.AnyWord) with { PageSize = 100 });

        Assert.That(response.Notice, Is.Null);
        Assert.That(response.Total, Is.GreaterThan(100));
    }

    [Test]
    public void Prefixes_matching_hundreds_of_terms_share_one_budget_of_marked_terms_per_field()
    {
        var parsed = new ArticleQueryParser(Root.Analyzer, SearcherFixture.Vocabulary).Parse("zetacode* zetbcode*");
        using var lease = Index.Lease();

        var terms = QueryTerms.From(parsed.Query, lease.Searcher.IndexReader);

        // 600 terms of the English bodies match the two prefixes; the first 256 in term order are marked, all of the first prefix.
        var marked = terms.For(ArticleFields.BodyEnglish);
        Assert.That(marked, Has.Count.EqualTo(QueryTermCollector.MaxExpandedTermsPerField));
        Assert.That(marked, Has.All.StartWith("zetacode"));
        Assert.That(marked, Does.Contain("zetacode000").And.Contain("zetacode255").And.Not.Contain("zetacode256"));
    }

    [Test]
    public void Prefixes_over_the_marking_budget_still_find_every_article_and_mark_the_first_terms()
    {
        var response = Searcher.Search(SearchRequest.For("zetacode*", MatchMode.AllWordsThenAny) with { PageSize = 100 });

        Assert.That(response.Total, Is.EqualTo(300));
        Assert.That(response.Hits.Where(h => h.Snippets.Any(s => s.Marks.Count > 0)).Select(h => h.Id), Is.Not.Empty);
    }

    [Test]
    public void A_query_naming_many_vocabulary_entries_expands_only_the_first_spellings_with_the_notice()
    {
        var searcher = new ArticleSearcher(Index, ManyLands, Root.Analyzer);

        var response = searcher.Search(SearchRequest.For(string.Join(' ', Lands), MatchMode.AllWordsThenAny) with { PageSize = 100 });

        // Only spellings of the first names are searched: the last name's other spelling is left out.
        Assert.That(response.Hits.Select(h => h.Id), Does.Contain("first-land").And.Not.Contain("last-land"));
        Assert.That(response.Notice, Does.Contain(ArticleQueryParser.SpellingsCutNotice));
    }

    [Test]
    public void A_query_naming_a_few_vocabulary_entries_expands_all_their_spellings_without_a_notice()
    {
        var searcher = new ArticleSearcher(Index, ManyLands, Root.Analyzer);

        var response = searcher.Search(SearchRequest.For($"{Lands[0]} {Lands[^1]}", MatchMode.AllWordsThenAny) with { PageSize = 100 });

        Assert.That(response.Hits.Select(h => h.Id), Is.EquivalentTo(new[] { "first-land", "last-land" }));
        Assert.That(response.Notice, Is.EqualTo(ArticleSearcher.AnyWordNotice));
    }

    [Test]
    public void An_any_word_search_of_many_words_past_the_postings_budget_keeps_the_two_rarest_and_says_so()
    {
        // Ten codes of one article each, equally rare, and no budget at all: the first two are searched.
        var codes = Enumerable.Range(0, 10).Select(i => string.Create(CultureInfo.InvariantCulture, $"zetacode{i:D3}")).ToList();
        var searcher = new ArticleSearcher(Index, SearcherFixture.Vocabulary) { MaxAnyWordPostings = 0 };

        var response = searcher.Search(SearchRequest.For(string.Join(' ', codes), MatchMode.AnyWord) with { PageSize = 100 });

        Assert.That(response.Hits.Select(h => h.Id), Is.EquivalentTo(new[] { "codes-0", "codes-1" }));
        Assert.That(response.Notice, Is.EqualTo("Only the 2 rarest of these words were searched for."));
    }

    [Test]
    public void Rare_words_past_eight_are_all_searched_while_their_postings_fit_the_budget()
    {
        // A reader's long question of rare words: ten codes of one article each walk ten postings.
        var codes = Enumerable.Range(0, 10).Select(i => string.Create(CultureInfo.InvariantCulture, $"zetacode{i:D3}"));

        var response = Searcher.Search(SearchRequest.For(string.Join(' ', codes), MatchMode.AnyWord) with { PageSize = 100 });

        Assert.That((response.Total, response.Notice), Is.EqualTo((10, (string?)null)));
    }

    [Test]
    public void Frequent_words_are_dropped_once_the_budget_is_spent_however_few_the_words_kept()
    {
        // Two codes and nine words many of the 300 generated articles have; a budget of 400 postings keeps the codes and
        // only the rarest words that fit: fewer than eight words in all (the earlier rule kept eight whatever they cost).
        var searcher = new ArticleSearcher(Index, SearcherFixture.Vocabulary) { MaxAnyWordPostings = 400 };

        var response = searcher.Search(SearchRequest.For(
            "talks railway energy water summit trade security investment pipeline zetacode001 zetbcode002", MatchMode.AnyWord));

        Assert.That(response.Notice, Does.Match(@"^Only the [2-7] rarest of these words were searched for\.$"));
    }

    [Test]
    public void The_any_word_fallback_of_many_words_leaves_out_the_most_frequent_and_says_so()
    {
        // Nine words most articles have, then two codes no article has together: no article has all eleven.
        var searcher = new ArticleSearcher(Index, SearcherFixture.Vocabulary) { MaxAnyWordPostings = 0 };

        var response = searcher.Search(SearchRequest.For(
            "talks railway energy water summit trade security investment pipeline zetacode001 zetbcode002", MatchMode.AllWordsThenAny));

        Assert.That(response.Matched, Is.EqualTo(MatchMode.AnyWord));
        Assert.That(response.Notice, Is.EqualTo(ArticleSearcher.AnyWordNotice + " Only the 2 rarest of these words were searched for."));
    }

    [Test]
    public void An_any_word_search_of_eight_words_searches_them_all_without_a_notice()
    {
        var codes = Enumerable.Range(0, 8).Select(i => string.Create(CultureInfo.InvariantCulture, $"zetacode{i:D3}"));

        var response = Searcher.Search(SearchRequest.For(string.Join(' ', codes), MatchMode.AnyWord) with { PageSize = 100 });

        Assert.That((response.Total, response.Notice), Is.EqualTo((8, (string?)null)));
    }

    private static IngestRecord Record(string id, string title, string text) =>
        IngestRecord.Read("generated:" + id, new Article(id, title, text, "en", new DateOnly(2024, 5, 1), "generated", null, null));
}
