using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Tests.Vocabulary;

public class VocabularyLoadTests
{
    private string directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "vocabulary-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(directory, "facet-vocabulary.json");
        File.WriteAllText(path, json);
        return path;
    }

    private const string Countries = """
        "countries": [ {"canonical": "Kazakhstan", "aliases": ["Kasachstan"]} ],
        "formats": [ {"canonical": "SCO", "aliases": ["SOZ"]} ],
        """;

    [Test]
    public void A_valid_file_with_comments_and_trailing_commas_loads()
    {
        var path = Write("{ // archivist note\n" + Countries + "\"officials\": [ {\"canonical\": \"Kassym-Jomart Tokayev\", \"role\": \"President\", \"country\": \"Kazakhstan\", \"aliases\": [\"Tokajew\",]} ],\n}");
        var vocabulary = FacetVocabulary.Load(path);
        Assert.That(vocabulary.Officials.Single().Country, Is.EqualTo("Kazakhstan"));
        Assert.That(vocabulary.SpellingsOf("Tokajew"), Is.EqualTo(new[] { "Kassym-Jomart Tokayev", "Tokajew" }));
    }

    [Test]
    public void A_missing_canonical_names_the_file_and_the_entry()
    {
        var path = Write("{" + Countries + "\"officials\": [ {\"aliases\": [\"Tokajew\"]} ] }");
        var error = Assert.Throws<VocabularyException>(() => FacetVocabulary.Load(path))!;
        Assert.That(error.Message, Does.Contain(path).And.Contain("officials[0]").And.Contain("canonical"));
    }

    [Test]
    public void A_duplicate_canonical_names_both_entries()
    {
        var path = Write("""
            { "countries": [ {"canonical": "Kazakhstan"}, {"canonical": "Kyrgyzstan"}, {"canonical": "kazakhstan"} ], "formats": [], "officials": [] }
            """);
        var error = Assert.Throws<VocabularyException>(() => FacetVocabulary.Load(path))!;
        Assert.That(error.Message, Does.Contain(path).And.Contain("countries[2]").And.Contain("duplicate canonical").And.Contain("countries[0]"));
    }

    [Test]
    public void A_spelling_used_by_two_entries_is_rejected()
    {
        var path = Write("""
            { "countries": [ {"canonical": "Dominica", "aliases": ["Dominican"]}, {"canonical": "Dominican Republic", "aliases": ["Dominican"]} ], "formats": [], "officials": [] }
            """);
        var error = Assert.Throws<VocabularyException>(() => FacetVocabulary.Load(path))!;
        Assert.That(error.Message, Does.Contain("\"Dominican\" already belongs to \"Dominica\""));
    }

    [Test]
    public void An_unknown_official_country_names_the_official_and_the_country()
    {
        var path = Write("{" + Countries + "\"officials\": [ {\"canonical\": \"Wang Yi\", \"role\": \"Foreign Minister\", \"country\": \"PRC\"} ] }");
        var error = Assert.Throws<VocabularyException>(() => FacetVocabulary.Load(path))!;
        Assert.That(error.Message, Does.Contain(path).And.Contain("officials[0] \"Wang Yi\"").And.Contain("unknown country \"PRC\""));
    }

    [Test]
    public void Invalid_json_reports_the_line()
    {
        var path = Write("{\n\"countries\": [\n{\"canonical\": \"Kazakhstan\" \"aliases\": []}\n] }");
        var error = Assert.Throws<VocabularyException>(() => FacetVocabulary.Load(path))!;
        Assert.That(error.Message, Does.Contain(path).And.Contain("line 3"));
    }

    [Test]
    public void A_missing_list_or_file_is_reported()
    {
        var path = Write("{ \"countries\": [] }");
        Assert.That(Assert.Throws<VocabularyException>(() => FacetVocabulary.Load(path))!.Message, Does.Contain("\"formats\""));
        var missing = Path.Combine(directory, "nope.json");
        Assert.That(Assert.Throws<VocabularyException>(() => FacetVocabulary.Load(missing))!.Message, Does.Contain(missing));
    }
}
