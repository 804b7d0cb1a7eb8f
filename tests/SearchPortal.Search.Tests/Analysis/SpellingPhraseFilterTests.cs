using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Analysis;

/// <summary>The index-time tokens of the vocabulary's spellings of several words, read from the writing analyzer's chains.</summary>
public sealed class SpellingPhraseFilterTests
{
    private static readonly FacetVocabulary Vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));

    private ArticleAnalyzer plain = null!;
    private ArticleAnalyzer writing = null!;
    private SpellingPhrases phrases = null!;

    [OneTimeSetUp]
    public void MakeAnalyzers()
    {
        plain = new ArticleAnalyzer();
        phrases = SpellingPhrases.Of(Vocabulary, plain);
        writing = new ArticleAnalyzer(phrases);
    }

    [OneTimeTearDown]
    public void DisposeAnalyzers()
    {
        plain.Dispose();
        writing.Dispose();
    }

    [Test]
    public void A_spelling_of_several_words_gets_one_token_after_its_last_word_at_that_position()
    {
        const string text = "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent; Shavkat Mirziyoyev spoke first.";
        var tokens = AnalyzedToken.Read(writing, ArticleFields.BodyEnglish, text);
        var words = AnalyzedToken.Read(plain, ArticleFields.BodyEnglish, text);
        var token = Key(ArticleFields.BodyEnglish, "Shavkat Mirziyoyev");

        Assert.That(tokens.Where(t => !SpellingPhrases.IsToken(t.Term)), Is.EqualTo(words), "the words stay as they were");
        var at = tokens.Select((t, i) => (t, i)).Where(p => p.t.Term == token).Select(p => p.i).ToList();
        Assert.That(at, Has.Count.EqualTo(2));
        foreach (var i in at)
        {
            Assert.That(tokens[i].PositionIncrement, Is.Zero);
            Assert.That(tokens[i - 1].Term, Is.EqualTo("mirziyoyev"));
            Assert.That((tokens[i].StartOffset, tokens[i].EndOffset), Is.EqualTo((tokens[i - 1].StartOffset, tokens[i - 1].EndOffset)));
        }
    }

    [Test]
    public void A_spelling_across_a_dropped_stop_word_stands_where_the_phrase_query_finds_it()
    {
        var token = Key(ArticleFields.BodyEnglish, "United States of America");
        Assert.That(AnalyzedToken.Terms(writing, ArticleFields.BodyEnglish, "the United States of America said"), Does.Contain(token));
        Assert.That(AnalyzedToken.Terms(writing, ArticleFields.BodyEnglish, "the United States, America said"), Does.Not.Contain(token));
    }

    [Test]
    public void Words_of_a_spelling_apart_or_in_another_order_get_no_token()
    {
        var tokens = AnalyzedToken.Terms(writing, ArticleFields.BodyEnglish, "Mirziyoyev and Shavkat; Shavkat met Mr Mirziyoyev");
        Assert.That(tokens.Where(t => SpellingPhrases.IsToken(t)), Is.Empty);
    }

    [Test]
    public void German_fields_hold_the_tokens_of_the_German_analysis()
    {
        var token = Key(ArticleFields.BodyGerman, "Republik Kasachstan");
        Assert.That(AnalyzedToken.Terms(writing, ArticleFields.BodyGerman, "Die Republik Kasachstan und die Republik Kasachstan"), Has.Exactly(2).EqualTo(token));
        Assert.That(AnalyzedToken.Terms(writing, ArticleFields.BodyNeutral, "Die Republik Kasachstan"), Has.Exactly(1).EqualTo(Key(ArticleFields.BodyNeutral, "Republik Kasachstan")));
    }

    [Test]
    public void Name_keys_and_title_words_get_no_tokens()
    {
        Assert.That(AnalyzedToken.Terms(writing, ArticleFields.NameKey, "Shavkat Mirziyoyev").Where(t => SpellingPhrases.IsToken(t)), Is.Empty);
        Assert.That(AnalyzedToken.Terms(writing, ArticleFields.TitleWords, "Shavkat Mirziyoyev").Where(t => SpellingPhrases.IsToken(t)), Is.Empty);
    }

    [Test]
    public void The_same_vocabulary_gives_the_same_fingerprint_and_another_vocabulary_another()
    {
        Assert.That(SpellingPhrases.Of(Vocabulary, plain).Fingerprint, Is.EqualTo(phrases.Fingerprint));
        var fewer = new FacetVocabulary(Vocabulary.Countries, Vocabulary.Formats.Skip(1).ToList(), Vocabulary.Officials);
        Assert.That(SpellingPhrases.Of(fewer, plain).Fingerprint, Is.Not.EqualTo(phrases.Fingerprint));
    }

    [Test]
    public void Phrases_are_not_analysed_with_an_analyzer_that_writes_tokens() =>
        Assert.That(() => SpellingPhrases.Of(Vocabulary, writing), Throws.ArgumentException.With.Message.Contains("writes no tokens"));

    // The token of the spelling as the query builds its phrase in the field.
    private string Key(string field, string spelling)
    {
        var query = new FieldQueryFactory(new QueryTextAnalysis(plain)).ForPhrase(field, spelling, 1f) as Lucene.Net.Search.PhraseQuery;
        Assert.That(query, Is.Not.Null, spelling);
        return phrases.TokenOf(query!)?.Text ?? throw new AssertionException($"\"{spelling}\" has no token in {field}");
    }
}
