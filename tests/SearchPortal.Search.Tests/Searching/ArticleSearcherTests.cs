using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

public sealed class ArticleSearcherTests
{
    private SampleIndex sample = null!;

    [OneTimeSetUp]
    public void Build() => sample = new SampleIndex();

    [OneTimeTearDown]
    public void Remove() => sample.Dispose();

    [Test]
    public void Values_within_a_facet_are_ored_and_facets_are_anded()
    {
        var either = sample.Search("", ("country", ["Russia", "United States"]));
        var both = sample.Search("", ("country", ["Russia", "United States"]), ("lang", ["en"]));

        Assert.That(either.Hits.Select(h => h.Id), Is.EquivalentTo(new[] { "en-c5-unga", "de-c5-gipfel", "en-sco-astana" }));
        Assert.That(both.Hits.Select(h => h.Id), Is.EquivalentTo(new[] { "en-c5-unga", "en-sco-astana" }));
    }

    [Test]
    public void Year_filter_matches_the_exact_year()
    {
        var response = sample.Search("", ("year", ["2021", "2022"]));

        Assert.That(response.Hits.Select(h => h.Id), Is.EquivalentTo(new[] { "en-tokayev-xi-call", "und-dushanbe-visit" }));
    }

    [Test]
    public void Empty_query_matches_everything_newest_first_with_undated_last()
    {
        var response = sample.Search("");

        Assert.That(response.Total, Is.EqualTo(8));
        Assert.That(response.Hits.Select(h => h.Id), Is.EqualTo(new[]
        {
            "en-c5-unga", "en-consultative-astana", "en-sco-astana", "de-c5-gipfel", "en-xian-summit", "und-dushanbe-visit",
            "en-tokayev-xi-call", "de-almaty-treffen",
        }));
    }

    [Test]
    public void Oldest_first_also_puts_undated_articles_last()
    {
        var response = sample.Searcher.Search(SearchRequest.For("", MatchMode.AnyWord) with { Sort = SearchSort.Oldest, PageSize = 20 });

        Assert.That(response.Hits.Select(h => h.Id), Is.EqualTo(new[]
        {
            "en-tokayev-xi-call", "und-dushanbe-visit", "en-xian-summit", "de-c5-gipfel", "en-sco-astana", "en-consultative-astana",
            "en-c5-unga", "de-almaty-treffen",
        }));
    }

    [Test]
    public void Relevance_ranks_by_score_and_newest_reorders_the_same_hits_by_date()
    {
        var byScore = sample.Searcher.Search(SearchRequest.For("Tokayev Xi telephone", MatchMode.AnyWord));
        var byDate = sample.Searcher.Search(SearchRequest.For("Tokayev Xi telephone", MatchMode.AnyWord) with { Sort = SearchSort.Newest });

        Assert.That(byScore.Hits[0].Id, Is.EqualTo("en-tokayev-xi-call"));
        Assert.That(byScore.Hits.Select(h => h.Score), Is.Ordered.Descending);
        Assert.That(byDate.Hits.Select(h => h.Id), Is.EquivalentTo(byScore.Hits.Select(h => h.Id)));
        Assert.That(byDate.Hits.Where(h => h.Date is not null).Select(h => h.Date), Is.Ordered.Descending);
    }

    [Test]
    public void Paging_returns_the_requested_slice_and_nothing_past_the_end()
    {
        var request = SearchRequest.For("", MatchMode.AnyWord) with { PageSize = 3, Snippets = false };

        var third = sample.Searcher.Search(request with { Page = 3 });
        var fourth = sample.Searcher.Search(request with { Page = 4 });
        var far = sample.Searcher.Search(request with { Page = 100000 });

        Assert.That(third.Hits.Select(h => h.Id), Is.EqualTo(new[] { "en-tokayev-xi-call", "de-almaty-treffen" }));
        Assert.That((fourth.Total, fourth.Hits.Count), Is.EqualTo((8, 0)));
        Assert.That((far.Total, far.Hits.Count), Is.EqualTo((8, 0)));
    }

    [Test]
    public void Hits_carry_their_metadata_and_snippets_only_when_asked()
    {
        var with = sample.Searcher.Search(SearchRequest.For("Blinken", MatchMode.AnyWord));
        var without = sample.Searcher.Search(SearchRequest.For("Blinken", MatchMode.AnyWord) with { Snippets = false });

        var hit = with.Hits.Single();
        Assert.That((hit.Id, hit.Source, hit.Language, hit.Facets.Year), Is.EqualTo(("en-c5-unga", "State Department", "en", 2024)));
        Assert.That(hit.Facets.Formats, Is.EqualTo(new[] { "C5+1" }));
        Assert.That(hit.Snippets, Is.Not.Empty);
        Assert.That(without.Hits.Single().Snippets, Is.Empty);
    }

    [Test]
    public void Misspelled_word_gets_a_did_you_mean_from_the_index_terms()
    {
        var response = sample.Searcher.Search(SearchRequest.For("Mirziyoev", MatchMode.AnyWord));

        Assert.That(response.Total, Is.Zero);
        Assert.That(response.DidYouMean, Is.EqualTo("Mirziyoyev"));
        Assert.That(sample.Searcher.Search(SearchRequest.For(response.DidYouMean!, MatchMode.AnyWord)).Total, Is.EqualTo(2));
    }

    [Test]
    public void A_misspelling_is_corrected_to_a_neighbour_with_the_same_first_letter_only()
    {
        // "Nirziyoyev" is one edit from "Mirziyoyev" as "Mirziyoev" is, but in its first letter: the fuzzy scan walks
        // only the typed first letter's terms.
        var response = sample.Searcher.Search(SearchRequest.For("Nirziyoyev", MatchMode.AnyWord));

        Assert.That((response.Total, response.DidYouMean), Is.EqualTo((0, (string?)null)));
    }

    [Test]
    public void A_word_spelt_as_in_an_English_body_is_not_corrected()
    {
        // "energy" stands only in English bodies, which are indexed in the English chain alone, and it finds little;
        // the German bodies' "Energie" is one edit away.
        var response = sample.Searcher.Search(SearchRequest.For("energy", MatchMode.AnyWord));

        Assert.That(response.Total, Is.InRange(1, 2));
        Assert.That(response.DidYouMean, Is.Null);
    }

    [Test]
    public void Query_that_finds_enough_gets_no_did_you_mean()
    {
        Assert.That(sample.Searcher.Search(SearchRequest.For("Kazakhstan", MatchMode.AnyWord)).DidYouMean, Is.Null);
    }

    [Test]
    public void More_like_this_finds_related_articles_without_the_article_itself()
    {
        var related = sample.Searcher.MoreLikeThis("en-tokayev-xi-call", 3);

        Assert.That(related, Is.Not.Empty);
        Assert.That(related.Select(h => h.Id), Does.Not.Contain("en-tokayev-xi-call"));
        Assert.That(related[0].Facets.Officials, Does.Contain("Xi Jinping"));
    }

    [Test]
    public void More_like_this_of_an_unknown_id_is_empty()
    {
        Assert.That(sample.Searcher.MoreLikeThis("no-such-article"), Is.Empty);
    }

    [Test]
    public void Find_returns_the_whole_article_in_paragraphs_or_null()
    {
        var view = sample.Searcher.Find("en-consultative-astana", "Mirziyoyev");

        Assert.That(view, Is.Not.Null);
        Assert.That(view!.Facets.Officials.Select(o => o.Value), Does.Contain("Shavkat Mirziyoyev"));
        Assert.That(view.Paragraphs[0].Text, Does.StartWith("The sixth Consultative Meeting"));
        Assert.That(view.Paragraphs, Has.Count.EqualTo(2));
        Assert.That(view.Paragraphs.SelectMany(p => p.Pieces()).Where(p => p.Marked).Select(p => p.Text), Does.Contain("Mirziyoyev"));
        Assert.That(sample.Searcher.Find("no-such-article"), Is.Null);
    }

    [Test]
    public void Suggest_completes_vocabulary_spellings_then_title_words()
    {
        Assert.That(sample.Searcher.Suggest("Kasach"), Is.EqualTo(new[] { "Kasachstan" }));
        Assert.That(sample.Searcher.Suggest("Tok"), Does.Contain("Tokayev").And.Contain("Tokajew"));
        Assert.That(sample.Searcher.Suggest("summit in ast"), Does.Contain("summit in astana"));
        Assert.That(sample.Searcher.Suggest("Mongo"), Is.Empty, "Mongolia is in the vocabulary but in no article");
    }

    [Test]
    public void Top_ids_rank_articles_for_batch_runs()
    {
        var top = sample.Searcher.TopIds("Consultative Meeting heads of state", 3, MatchMode.AnyWord);

        Assert.That(top[0].Id, Is.EqualTo("en-consultative-astana"));
        Assert.That(top.Select(t => t.Score), Is.Ordered.Descending);
    }
}
