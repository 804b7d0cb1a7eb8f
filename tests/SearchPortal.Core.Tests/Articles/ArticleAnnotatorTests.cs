using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Tests.Facets;

namespace SearchPortal.Core.Tests.Articles;

public class ArticleAnnotatorTests
{
    private static readonly ArticleAnnotator Annotator = new(new FacetExtractor(SeedArticles.Vocabulary));

    private const string Text = "Kassym-Jomart Tokayev met Xi Jinping in Astana on March 30, 2024. Kazakhstan and China signed deals.";

    private static Article Article(FacetOverrides? overrides = null, DateOnly? date = null) =>
        new("a1", "Tokayev meets Xi", Text, ArticleLanguage.English, date, "Kazinform", null, null, overrides);

    [Test]
    public void Without_overrides_the_extracted_facets_are_kept()
    {
        var annotated = Annotator.Annotate(Article());
        Assert.That(annotated.Facets.Countries.Select(c => c.Value), Is.EqualTo(new[] { "Kazakhstan", "China" }));
        Assert.That(annotated.Facets.Officials.Select(c => c.Value), Is.EqualTo(new[] { "Kassym-Jomart Tokayev", "Xi Jinping" }));
    }

    [Test]
    public void Overrides_win_over_extraction_and_carry_no_evidence()
    {
        var overrides = new FacetOverrides(Countries: ["Kasachstan", "Mongolia"], Year: 2019, Officials: ["Tokajew", "Jane Doe"]);
        var facets = Annotator.Annotate(Article(overrides)).Facets;
        Assert.That(facets.Countries.Select(c => c.Value), Is.EqualTo(new[] { "Kazakhstan", "Mongolia" }));
        Assert.That(facets.YearNumber, Is.EqualTo(2019));
        Assert.That(facets.Officials.Select(o => (o.Value, o.Detail)), Is.EqualTo(new[]
        {
            ("Kassym-Jomart Tokayev", (string?)"President, Kazakhstan"),
            ("Jane Doe", null),
        }));
        Assert.That(facets.Countries.Concat(facets.Officials).Append(facets.Year!), Has.All.Matches<FacetValue>(v => v.Evidence.Count == 0));
    }

    [Test]
    public void Values_set_by_hand_are_about_the_article()
    {
        var text = Text + " The two leaders also spoke about transit through Afghanistan.";
        var article = new Article("a2", "Tokayev meets Xi", text, ArticleLanguage.English, null, null, null, null, new FacetOverrides(Countries: ["Afghanistan"]));
        Assert.That(Annotator.Annotate(article with { Overrides = null }).Facets.Countries.Single(c => c.Value == "Afghanistan").IsAbout, Is.False,
            "extraction alone finds Afghanistan named once, in passing");
        Assert.That(Annotator.Annotate(article).Facets.Countries.Single().IsAbout, Is.True);
    }

    [Test]
    public void An_override_of_one_facet_leaves_the_others_extracted()
    {
        var facets = Annotator.Annotate(Article(new FacetOverrides(Formats: ["C5+1"]))).Facets;
        Assert.That(facets.Formats.Select(f => f.Value), Is.EqualTo(new[] { "C5+1" }));
        Assert.That(facets.Countries, Is.Not.Empty);
    }

    [Test]
    public void An_empty_override_list_clears_the_facet()
    {
        Assert.That(Annotator.Annotate(Article(new FacetOverrides(Countries: []))).Facets.Countries, Is.Empty);
    }

    [Test]
    public void An_undated_article_takes_its_date_from_the_first_full_date_in_the_text()
    {
        Assert.That(Annotator.Annotate(Article()).Article.Date, Is.EqualTo(new DateOnly(2024, 3, 30)));
    }

    [Test]
    public void A_dated_article_keeps_its_date()
    {
        var annotated = Annotator.Annotate(Article(date: new DateOnly(2024, 4, 1)));
        Assert.That(annotated.Article.Date, Is.EqualTo(new DateOnly(2024, 4, 1)));
        Assert.That(annotated.Facets.YearNumber, Is.EqualTo(2024));
    }

    [Test]
    public void An_article_without_a_full_date_stays_undated()
    {
        var article = new Article("a2", "Talks", "The talks in 2023 went well.", ArticleLanguage.English, null, null, null, null);
        var annotated = Annotator.Annotate(article);
        Assert.That(annotated.Article.Date, Is.Null);
        Assert.That(annotated.Facets.Year, Is.Null);
    }

    [Test]
    public void Content_hash_is_lower_case_hex_sha256_and_stable()
    {
        var first = Annotator.Annotate(Article()).ContentHash;
        Assert.That(first, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(Annotator.Annotate(Article()).ContentHash, Is.EqualTo(first));
    }

    [Test]
    public void Content_hash_changes_with_any_field_or_override()
    {
        var hashes = new[]
        {
            ArticleContentHash.Of(Article()),
            ArticleContentHash.Of(Article() with { Text = Text + " " }),
            ArticleContentHash.Of(Article() with { Source = null }),
            ArticleContentHash.Of(Article(date: new DateOnly(2024, 3, 30))),
            ArticleContentHash.Of(Article(new FacetOverrides())),
            ArticleContentHash.Of(Article(new FacetOverrides(Countries: []))),
            ArticleContentHash.Of(Article(new FacetOverrides(Countries: ["Kazakhstan"]))),
            ArticleContentHash.Of(Article(new FacetOverrides(Officials: ["Kazakhstan"]))),
            ArticleContentHash.Of(Article() with { Title = "Tokayev meets", Text = "Xi " + Text }),
        };
        Assert.That(hashes, Is.Unique);
    }
}
