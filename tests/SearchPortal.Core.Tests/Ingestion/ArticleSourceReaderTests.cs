using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Language;
using SearchPortal.Core.Tests.TestData;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class ArticleSourceReaderTests
{
    private const string Article = "Ministers meet in Astana\n\nThe ministers of the five states met in Astana on Friday and agreed on a plan.";

    private readonly ArticleSourceReader _reader = ArticleSourceReader.Create(new LanguageDetector());
    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TemporaryDirectory();

    [TearDown]
    public void DeleteDirectory() => _directory.Dispose();

    private List<IngestRecord> Read(params string[] paths) => _reader.Read(paths).ToList();

    [Test]
    public void Sample_corpus_directory_yields_the_five_seeds_in_file_name_order()
    {
        var records = Read(RepositoryLocator.SampleCorpus());

        Assert.That(records.Select(r => r.Id), Is.EqualTo(new[]
        {
            "000_7f6be621419a60c4", "001_2261e81116e0f2d3", "002_378c99c8703b252f", "003_c82291dc01c46bee", "004_693447a3f6ff537d",
        }));
        Assert.That(records.All(r => !r.IsSkipped));
    }

    [Test]
    public void Directories_are_searched_recursively_in_ordinal_order_and_other_files_ignored()
    {
        _directory.Write("b.txt", Article);
        _directory.Write("B.txt", Article.Replace("Friday", "Monday", StringComparison.Ordinal));
        _directory.Write("sub/a.txt", Article);
        _directory.Write("notes.md", "# not an article");
        _directory.Write("b.meta.json", """{"category":"Politics"}""");
        _directory.Write("feed.jsonl", """{"id":"j1","title":"T","text":"The text of the feed article."}""");

        var records = Read(_directory.Path);

        Assert.That(records.Select(r => r.Id), Is.EqualTo(new[] { "B", "b", "j1", "a" }));
    }

    [Test]
    public void Text_file_id_is_the_file_name_without_extension_and_origin_is_the_path()
    {
        var path = _directory.Write("kz-cn-2021.txt", Article);

        var record = Read(path).Single();

        Assert.That(record.Id, Is.EqualTo("kz-cn-2021"));
        Assert.That(record.Origin, Is.EqualTo(path));
        Assert.That(record.Article!.Title, Is.EqualTo("Ministers meet in Astana"));
    }

    [Test]
    public void Missing_path_throws_before_anything_is_read_and_names_the_path()
    {
        var present = _directory.Write("a.txt", Article);
        var missing = Path.Combine(_directory.Path, "nowhere");

        var exception = Assert.Throws<ArticleSourceNotFoundException>(() => _reader.Read([present, missing]));

        Assert.That(exception!.Message, Does.Contain(missing));
        Assert.That(exception.Path, Is.EqualTo(missing));
        Assert.That(ArticleSourceReader.MissingPaths([present, missing]), Is.EqualTo(new[] { missing }));
    }

    [Test]
    public void Empty_file_is_skipped()
    {
        AssertSkipped(_directory.Write("empty.txt", ""), "empty file");
    }

    [Test]
    public void Whitespace_only_file_is_skipped()
    {
        AssertSkipped(_directory.Write("blank.txt", "\n \u00A0\n\n"), "empty file (only whitespace)");
    }

    [Test]
    public void Binary_file_is_skipped()
    {
        AssertSkipped(_directory.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]), "binary file (contains NUL bytes)");
    }

    [Test]
    public void Latin1_file_is_skipped_as_not_utf8()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes("Außenministertreffen in Almaty stärkt Beziehungen");
        var record = Read(_directory.WriteBytes("latin1.txt", latin1)).Single();

        Assert.That(record.SkipReason, Does.StartWith("not valid UTF-8"));
    }

    [Test]
    public void File_over_ten_megabytes_is_skipped_without_being_read()
    {
        var path = Path.Combine(_directory.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            // Sparse on most file systems; the reader must refuse it by size before reading.
            file.SetLength((10 * 1024 * 1024) + 1);
        }

        var record = Read(path).Single();

        Assert.That(record.SkipReason, Does.StartWith("file larger than the 10 MB limit"));
        Assert.That(record.Id, Is.EqualTo("huge"));
    }

    [Test]
    public void File_of_exactly_ten_megabytes_is_not_refused_for_size()
    {
        var path = Path.Combine(_directory.Path, "limit.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(10 * 1024 * 1024);
        }

        Assert.That(Read(path).Single().SkipReason, Is.EqualTo("binary file (contains NUL bytes)"));
    }

    [Test]
    public void File_of_only_site_furniture_is_skipped()
    {
        AssertSkipped(_directory.Write("furniture.txt", "Related Articles\n\nLeave a Reply\n"), "no article text left after removing site furniture");
    }

    [Test]
    public void Explicitly_named_file_of_another_kind_is_skipped_with_a_reason()
    {
        var record = Read(_directory.Write("notes.md", "# notes")).Single();

        Assert.That(record.SkipReason, Does.StartWith("unsupported file type"));
    }

    [Test]
    public void Explicitly_named_sidecar_is_skipped_with_a_reason()
    {
        var record = Read(_directory.Write("a.meta.json", "{}")).Single();

        Assert.That(record.SkipReason, Does.Contain("metadata sidecar"));
    }

    [Test]
    public void Empty_jsonl_file_is_skipped()
    {
        AssertSkipped(_directory.Write("empty.jsonl", ""), "empty file");
    }

    [Test]
    public void Duplicate_id_is_skipped_naming_the_first_origin()
    {
        var first = _directory.Write("one/kz.txt", Article);
        var feed = _directory.Write("three/feed.jsonl", """{"id":"kz","title":"T","text":"Another article with the same id."}""");
        var second = _directory.Write("two/kz.txt", Article);

        var records = Read(_directory.Path);

        Assert.That(records.Select(r => r.Origin), Is.EqualTo(new[] { first, feed + ":1", second }));
        Assert.That(records[0].IsSkipped, Is.False);
        Assert.That(records[1].SkipReason, Is.EqualTo($"duplicate id 'kz', first read from {first}"));
        Assert.That(records[2].SkipReason, Is.EqualTo($"duplicate id 'kz', first read from {first}"));
    }

    [Test]
    public void Bad_files_do_not_stop_the_good_ones()
    {
        _directory.Write("a.txt", "");
        _directory.WriteBytes("b.txt", [0, 1, 2]);
        _directory.Write("c.txt", Article);

        var records = Read(_directory.Path);

        Assert.That(records.Select(r => r.IsSkipped), Is.EqualTo(new[] { true, true, false }));
        Assert.That(records[2].Article!.Language, Is.EqualTo(ArticleLanguage.English));
    }

    [Test]
    public void Cancellation_stops_the_read()
    {
        _directory.Write("a.txt", Article);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => _reader.Read([_directory.Path], cancellation.Token).ToList());
    }

    private void AssertSkipped(string path, string reason)
    {
        var record = Read(path).Single();

        Assert.That(record.IsSkipped, Is.True);
        Assert.That(record.SkipReason, Is.EqualTo(reason));
        Assert.That(record.Origin, Is.EqualTo(path));
    }
}
