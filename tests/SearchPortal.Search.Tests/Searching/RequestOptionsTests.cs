using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>The request options beyond query and filters: which dimensions to count, the category facet, snippets per hit, suggestions.</summary>
public sealed class RequestOptionsTests : RebuiltIndexTests
{
    private static readonly Dictionary<string, string> Categories = new()
    {
        ["en-xian-summit"] = "summit", ["en-consultative-astana"] = "summit", ["de-c5-gipfel"] = "summit", ["en-sco-astana"] = "summit",
        ["en-c5-unga"] = "diplomacy", ["de-almaty-treffen"] = "diplomacy", ["en-tokayev-xi-call"] = "diplomacy",
    };

    private protected override void Rebuild(TempIndexRoot root)
    {
        // The diplomacy articles with a source category on all but the Dushanbe visit.
        var articles = DiplomacyArticles.All
            .Select(a => a with { Article = a.Article with { Category = Categories.GetValueOrDefault(a.Article.Id) } })
            .ToList();
        root.Rebuilder.Rebuild(DiplomacyArticles.Records(articles), DiplomacyArticles.Annotate(articles));
    }

    [Test]
    public void The_portal_facets_are_counted_unless_the_request_names_its_own()
    {
        var portal = Search(SearchRequest.For("", MatchMode.AnyWord));
        var harness = Search(SearchRequest.For("", MatchMode.AnyWord) with { FacetDimensions = ["lang", "category", "year"] });

        Assert.That(portal.Facets.Select(f => f.Dimension), Is.EqualTo(FacetDimension.All));
        Assert.That(harness.Facets.Select(f => f.Dimension), Is.EqualTo(new[] { "lang", "category", "year" }));
        Assert.That(Counts(harness, "category"), Is.EqualTo(new[] { ("summit", 4), ("diplomacy", 3) }));
        Assert.That(Counts(harness, "lang"), Is.EqualTo(new[] { ("en", 5), ("de", 2), ("und", 1) }));
    }

    [Test]
    public void A_category_filter_narrows_the_hits_and_its_own_counts_stay_sideways()
    {
        var response = Search(Filtered("Kazakhstan", "category", "diplomacy") with { FacetDimensions = ["category", "lang"] });

        Assert.That(response.Hits.Select(h => h.Id), Is.EquivalentTo(new[] { "en-c5-unga", "de-almaty-treffen", "en-tokayev-xi-call" }));
        // Three summit articles name Kazakhstan too (the German one as Kasachstan): counted as if the category were unfiltered.
        Assert.That(Counts(response, "category"), Is.EqualTo(new[] { ("diplomacy", 3), ("summit", 3) }));
        Assert.That(Counts(response, "lang"), Is.EqualTo(new[] { ("en", 2), ("de", 1) }));
    }

    [Test]
    public void A_filter_on_a_dimension_that_is_not_counted_only_narrows()
    {
        var response = Search(Filtered("", "category", "summit") with { FacetDimensions = [] });
        var counted = Search(Filtered("", "category", "summit") with { FacetDimensions = ["year"] });

        Assert.That(response.Total, Is.EqualTo(4));
        Assert.That(response.Facets, Is.Empty);
        Assert.That(counted.Total, Is.EqualTo(4));
        Assert.That(Counts(counted, "year"), Is.EqualTo(new[] { ("2023", 2), ("2024", 2) }));
    }

    [Test]
    public void Counting_no_dimensions_finds_the_same_hits_in_the_same_order()
    {
        var counted = Search(SearchRequest.For("Kazakhstan trade", MatchMode.AnyWord) with { Snippets = false });
        var uncounted = Search(SearchRequest.For("Kazakhstan trade", MatchMode.AnyWord) with { Snippets = false, FacetDimensions = [] });

        Assert.That(uncounted.Total, Is.EqualTo(counted.Total));
        Assert.That(uncounted.Hits.Select(h => h.Id), Is.EqualTo(counted.Hits.Select(h => h.Id)));
        Assert.That(uncounted.Hits.Select(h => h.Score), Is.EqualTo(counted.Hits.Select(h => h.Score)));
    }

    [Test]
    public void All_words_mode_keeps_only_articles_with_every_word()
    {
        var any = Search(SearchRequest.For("Tokayev vaccines", MatchMode.AnyWord) with { Snippets = false });
        var all = Search(SearchRequest.For("Tokayev vaccines", MatchMode.AnyWord) with { Snippets = false, Match = MatchMode.AllWords });

        Assert.That(any.Total, Is.GreaterThan(1));
        Assert.That(all.Hits.Select(h => h.Id), Is.EqualTo(new[] { "en-tokayev-xi-call" }));
    }

    [Test]
    public void Snippets_per_hit_caps_the_snippets_of_each_hit()
    {
        var one = Search(SearchRequest.For("Kazakhstan China trade", MatchMode.AnyWord) with { SnippetsPerHit = 1 });
        var three = Search(SearchRequest.For("Kazakhstan China trade", MatchMode.AnyWord));

        Assert.That(one.Hits.Select(h => h.Snippets.Count), Is.All.EqualTo(1));
        Assert.That(three.Hits.Max(h => h.Snippets.Count), Is.GreaterThan(1));
    }

    [Test]
    public void Suggestions_can_be_switched_off()
    {
        var suggested = Search(SearchRequest.For("Mirziyoev", MatchMode.AnyWord));
        var quiet = Search(SearchRequest.For("Mirziyoev", MatchMode.AnyWord) with { SuggestCorrections = false });

        Assert.That(suggested.DidYouMean, Is.EqualTo("Mirziyoyev"));
        Assert.That(quiet.DidYouMean, Is.Null);
    }

    private SearchResponse Search(SearchRequest request) => Searcher.Search(request with { PageSize = 20 });

    private static SearchRequest Filtered(string query, string dimension, string value) =>
        new(query, new Dictionary<string, IReadOnlyList<string>> { [dimension] = [value] }, MatchMode.AnyWord);

    private static IEnumerable<(string, int)> Counts(SearchResponse response, string dimension) =>
        response.Facets.Single(f => f.Dimension == dimension).Values.Select(v => (v.Value, v.Count));
}
