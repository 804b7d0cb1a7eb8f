using SearchPortal.Core.Language;

namespace SearchPortal.Core.Tests.Language;

public sealed class TranslationTableTests
{
    [Test]
    public void A_word_is_translated_in_its_direction_whatever_its_case()
    {
        var table = TranslationTable.Read(new StringReader("# comment\nde\tgipfel\tsummit|top\nen\tsummit\tgipfel\n"));

        Assert.That(table.ToEnglish("Gipfel"), Is.EqualTo(new[] { "summit", "top" }));
        Assert.That(table.ToGerman("Summit"), Is.EqualTo(new[] { "gipfel" }));
        Assert.That(table.ToGerman("Gipfel"), Is.Empty);
    }

    [Test]
    public void A_malformed_line_is_refused_with_its_number()
    {
        var error = Assert.Throws<FormatException>(() => TranslationTable.Read(new StringReader("de\tgipfel\tsummit\nfr\tsommet\tsummit\n")));

        Assert.That(error!.Message, Does.Contain("line 2"));
    }
}
