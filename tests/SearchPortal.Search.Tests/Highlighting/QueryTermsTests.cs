using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Highlighting;

public sealed class QueryTermsTests
{
    private SeedIndex index = null!;

    [OneTimeSetUp]
    public void BuildIndex() => index = new SeedIndex(new ArticleAnalyzer());

    [OneTimeTearDown]
    public void DisposeIndex()
    {
        index.Dispose();
        index.Analyzer.Dispose();
    }

    [Test]
    public void Terms_are_grouped_by_the_field_whose_analysis_produced_them()
    {
        var terms = index.Terms("meetings");

        Assert.That(terms.For(ArticleFields.BodyEnglish), Is.EquivalentTo(new[] { "meet" }));
        Assert.That(terms.For(ArticleFields.BodyNeutral), Is.EquivalentTo(new[] { "meetings" }));
        Assert.That(terms.IsEmpty, Is.False);
    }

    [Test]
    public void Stop_words_inside_a_phrase_are_not_marked_but_its_other_words_are()
    {
        var phrase = new PhraseQuery();
        phrase.Add(new Term(ArticleFields.BodyNeutral, "republic"));
        phrase.Add(new Term(ArticleFields.BodyNeutral, "of"));
        phrase.Add(new Term(ArticleFields.BodyNeutral, "kazakhstan"));

        var terms = QueryTerms.From(phrase, index.Reader);

        Assert.That(terms.For(ArticleFields.BodyNeutral), Is.EquivalentTo(new[] { "republic", "kazakhstan" }));
    }

    [Test]
    public void Prefix_query_is_expanded_to_the_index_terms_it_matches()
    {
        var english = index.Terms("kazakh*");
        var german = index.Terms("kasach*");

        Assert.That(english.For(ArticleFields.BodyEnglish), Is.SupersetOf(new[] { "kazakh", "kazakhstan" }));
        Assert.That(english.For(ArticleFields.BodyEnglish), Has.None.Not.StartWith("kazakh"));

        // Only German articles have neutral body terms: "Kasachstans" as it stands, beside the German chain's stems.
        Assert.That(german.For(ArticleFields.BodyNeutral), Is.SupersetOf(new[] { "kasachstan", "kasachstans" }));
        Assert.That(german.For(ArticleFields.BodyNeutral), Has.None.Not.StartWith("kasach"));
    }

    [Test]
    public void Expansion_of_a_multi_term_query_is_bounded()
    {
        var everything = new WildcardQuery(new Term(ArticleFields.BodyNeutral, "*"));

        var terms = QueryTerms.From(everything, index.Reader);

        Assert.That(terms.For(ArticleFields.BodyNeutral), Has.Count.EqualTo(QueryTermCollector.MaxExpandedTermsPerField));
    }

    [Test]
    public void Prohibited_words_are_not_terms_to_mark()
    {
        var terms = index.Terms("meeting -blinken");

        Assert.That(terms.For(ArticleFields.BodyNeutral), Is.EquivalentTo(new[] { "meeting" }));
    }

    [Test]
    public void Words_of_a_phrase_are_terms_to_mark()
    {
        var terms = index.Terms("\"foreign ministers\"");

        Assert.That(terms.For(ArticleFields.BodyNeutral), Is.EquivalentTo(new[] { "foreign", "ministers" }));
        Assert.That(terms.For(ArticleFields.BodyEnglish), Is.EquivalentTo(new[] { "foreign", "minist" }));
    }

    [Test]
    public void Terms_of_filter_fields_are_skipped()
    {
        var query = new BooleanQuery
        {
            { index.Parse("blinken"), Occur.MUST },
            { new TermQuery(new Term("country", "kazakhstan")), Occur.MUST },
        };

        var terms = QueryTerms.From(query, index.Reader);

        Assert.That(terms.For("country"), Is.Empty);
        Assert.That(terms.For(ArticleFields.BodyNeutral), Is.EquivalentTo(new[] { "blinken" }));
    }

    [Test]
    public void Clauses_are_walked_when_a_query_type_cannot_list_its_terms()
    {
        var query = new DisjunctionMaxQuery(0.1f)
        {
            new OpaqueQuery(),
            new BooleanQuery
            {
                { new TermQuery(new Term(ArticleFields.BodyEnglish, "tokayev")), Occur.SHOULD },
                { new PrefixQuery(new Term(ArticleFields.BodyEnglish, "uzbek")), Occur.SHOULD },
            },
        };

        var terms = QueryTerms.From(query, index.Reader);

        Assert.That(terms.For(ArticleFields.BodyEnglish), Is.SupersetOf(new[] { "tokayev", "uzbekistan" }));
    }

    [Test]
    public void Match_all_query_has_no_terms()
    {
        var terms = QueryTerms.From(new MatchAllDocsQuery(), index.Reader);

        Assert.That(terms.IsEmpty, Is.True);
        Assert.That(QueryTerms.None.IsEmpty, Is.True);
        Assert.That(QueryTerms.None.For(ArticleFields.BodyNeutral), Is.Empty);
    }

    /// <summary>A query type that, like Lucene's own exotic ones, does not support listing its terms.</summary>
    private sealed class OpaqueQuery : Query
    {
        public override string ToString(string field) => "opaque";
    }
}
