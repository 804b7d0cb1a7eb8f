using SearchPortal.Search.Querying;

namespace SearchPortal.Search.Tests.Querying;

public sealed class PlainWordsTests
{
    [Test]
    public void Plain_words_leave_out_operators_filters_prefixes_and_exclusions()
    {
        var words = ArticleQueryParser.PlainWords("Blinken AND \"critical minerals\" -Tokayev NOT vaccines country:China kazakh* (Almaty OR title:Astana)");

        Assert.That(words, Is.EqualTo(new[] { "Blinken", "critical minerals", "Almaty", "Astana" }));
    }

    [Test]
    public void Plain_words_of_a_blank_query_are_none()
    {
        Assert.That(ArticleQueryParser.PlainWords("  "), Is.Empty);
    }
}
