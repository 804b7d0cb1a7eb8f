using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Analysis;

public class GermanCompoundPartsTests
{
    [Test]
    public void Embedded_list_holds_the_parts_the_required_compounds_need_in_any_case()
    {
        var parts = GermanCompoundParts.Default;

        Assert.That(new[] { "Treffen", "konsulat", "MINISTER", "zusammen", "arbeit", "wirtschafts", "außen" }, Has.All.Matches<string>(parts.Contains));
    }

    [Test]
    public void Comment_lines_short_parts_and_fragment_suffixes_are_not_parts()
    {
        var parts = GermanCompoundParts.Default;

        Assert.That(parts, Has.None.Matches<object>(p => p.ToString()!.StartsWith('#')));
        Assert.That(new[] { "rat", "amt", "ion", "schaft", "innen", "reich" }, Has.None.Matches<string>(parts.Contains));
    }

    [Test]
    public void Read_skips_comments_and_blank_lines()
    {
        var parts = GermanCompoundParts.Read(new StringReader("# header\n\nKonsulat\n  treffen \n"));

        Assert.That(parts, Has.Count.EqualTo(2));
        Assert.That(parts.Contains("konsulat") && parts.Contains("Treffen"), Is.True);
    }
}
