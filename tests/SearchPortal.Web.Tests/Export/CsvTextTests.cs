using SearchPortal.Search.Json;

namespace SearchPortal.Web.Tests.Export;

public class CsvTextTests
{
    [TestCase("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [TestCase("=SUM(A1)", "'=SUM(A1)")]
    [TestCase("+7 701 555", "'+7 701 555")]
    [TestCase("-5%", "'-5%")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("Putin, Karimov", "\"Putin, Karimov\"")]
    [TestCase("line\nbreak", "\"line\nbreak\"")]
    [TestCase("C5+1 summit", "C5+1 summit")]
    public void A_field_is_quoted_when_needed_and_a_formula_is_defused(string value, string written) =>
        Assert.That(CsvText.Field(value), Is.EqualTo(written));

    [Test]
    public void An_empty_first_field_still_keeps_its_comma() =>
        Assert.That(CsvText.Line(["", "b", ""]), Is.EqualTo(",b,"));
}
