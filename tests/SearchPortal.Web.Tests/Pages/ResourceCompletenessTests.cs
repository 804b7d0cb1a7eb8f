using System.Text.RegularExpressions;
using System.Xml.Linq;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>Every literal text a page or partial localizes (<c>@L["..."]</c>) has its English and German entry, and the two files hold the same keys.</summary>
public partial class ResourceCompletenessTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot.Path, "src", "SearchPortal.Web");

    [GeneratedRegex(@"\bL(?:\[|\.GetString\()""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LiteralKey();

    private static IEnumerable<TestCaseData> Views() =>
        Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .Where(file => LiteralKey().IsMatch(File.ReadAllText(file)))
            .Select(file => new TestCaseData(Path.GetRelativePath(Web, file)).SetName("Every_localized_text_has_a_German_entry " + Path.GetRelativePath(Web, file)));

    private static HashSet<string> Keys(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").Select(data => (string)data.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [TestCaseSource(nameof(Views))]
    public void Every_localized_text_has_a_German_entry(string view)
    {
        var resource = Path.Combine(Web, "Resources", Path.ChangeExtension(view, null));
        var english = Keys(resource + ".resx");
        var german = Keys(resource + ".de.resx");
        Assert.That(german, Is.EquivalentTo(english), "the English and German files hold the same keys");

        var used = LiteralKey().Matches(File.ReadAllText(Path.Combine(Web, view)))
            .Select(match => Regex.Unescape(match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.That(used.Except(german), Is.Empty, "texts without a German entry");
    }

    [Test]
    public void No_two_keys_of_a_resource_file_differ_only_in_case()
    {
        // Resource names are case-insensitive: the build would drop the second ("Country" and "country").
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Web, "Resources"), "*.resx", SearchOption.AllDirectories))
        {
            var keys = XDocument.Load(file).Root!.Elements("data").Select(data => (string)data.Attribute("name")!).ToList();
            Assert.That(keys, Is.Unique.Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase), file);
        }
    }

    [Test]
    public void German_texts_differ_from_english_ones_except_where_the_words_are_the_same()
    {
        var same = new HashSet<string>(StringComparer.Ordinal) { "in {0}", "Format", "Filter", "Filter ({0})" };
        foreach (var german in Directory.EnumerateFiles(Path.Combine(Web, "Resources"), "*.de.resx", SearchOption.AllDirectories))
        {
            foreach (var data in XDocument.Load(german).Root!.Elements("data"))
            {
                var key = (string)data.Attribute("name")!;
                if (!same.Contains(key))
                {
                    Assert.That((string)data.Element("value")!, Is.Not.EqualTo(key), german + ": " + key);
                }
            }
        }
    }
}
