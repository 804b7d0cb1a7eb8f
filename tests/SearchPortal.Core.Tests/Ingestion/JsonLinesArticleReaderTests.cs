using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Language;
using SearchPortal.Core.Tests.TestData;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class JsonLinesArticleReaderTests
{
    private const string TwoRecords =
        """
        {"id":"ca-1","title":"Ministers meet in Astana","text":"The ministers met in Astana.\n\nThey agreed on a plan.","lang":"en","date":"2024-08-09","source":"Kazinform","url":"https://example.org/1","category":"politics"}
        {"id":"ca-2","title":"","text":"Die Minister trafen sich am Freitag in Almaty. Sie haben über den Handel und die Energie gesprochen, der nicht einfach ist.","lang":"de","date":null,"source":null,"url":null,"category":null}
        """;

    private readonly JsonLinesArticleReader _reader = new(new LanguageDetector());
    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TemporaryDirectory();

    [TearDown]
    public void DeleteDirectory() => _directory.Dispose();

    [Test]
    public void Plain_jsonl_records_carry_every_field()
    {
        var path = _directory.Write("a.jsonl", TwoRecords);

        var records = _reader.Read(path).ToList();

        Assert.That(records, Has.Count.EqualTo(2));
        var first = records[0].Article!;
        Assert.That(records[0].Origin, Is.EqualTo(path + ":1"));
        Assert.That(first, Is.EqualTo(new Article("ca-1", "Ministers meet in Astana", "The ministers met in Astana.\n\nThey agreed on a plan.",
            ArticleLanguage.English, new DateOnly(2024, 8, 9), "Kazinform", "https://example.org/1", "politics")));
    }

    [Test]
    public void Gzipped_jsonl_reads_the_same_as_plain()
    {
        var plain = _reader.Read(_directory.Write("a.jsonl", TwoRecords)).Select(r => r.Article).ToList();
        var gzipped = _reader.Read(_directory.WriteGzip("a.jsonl.gz", TwoRecords)).Select(r => r.Article).ToList();

        Assert.That(gzipped, Is.EqualTo(plain));
    }

    [Test]
    public void Empty_title_is_derived_from_the_first_sentence()
    {
        var records = _reader.Read(_directory.Write("a.jsonl", TwoRecords)).ToList();

        Assert.That(records[1].Article!.Title, Is.EqualTo("Die Minister trafen sich am Freitag in Almaty"));
        Assert.That(records[1].Article!.Date, Is.Null);
    }

    [Test]
    public void Eval_collection_records_without_lang_get_a_detected_language()
    {
        var path = _directory.Write("corpus.jsonl",
            """
            {"id":"4983","title":"Wasserpolitik in Zentralasien","text":"Die Staaten der Region haben sich auf eine gemeinsame Wasserpolitik geeinigt, die auf einer gerechten Nutzung beruht und noch in diesem Jahr umgesetzt werden soll."}
            {"id":"4984","title":"Water policy in Central Asia","text":"The states of the region have agreed on a common water policy that is based on the fair use of rivers and that will be carried out this year."}
            {"id":"4985","title":"Politique de l'eau","text":"Les États de la région se sont mis d'accord sur une politique commune de l'eau fondée sur un usage équitable des fleuves."}
            """);

        var languages = _reader.Read(path).Select(r => r.Article!.Language).ToList();

        Assert.That(languages, Is.EqualTo(new[] { ArticleLanguage.German, ArticleLanguage.English, ArticleLanguage.Unknown }));
    }

    [Test]
    public void Lang_other_than_en_or_de_is_detected_instead_of_trusted()
    {
        var path = _directory.Write("a.jsonl",
            """{"id":"x","title":"Talks","text":"The ministers said that they would meet again in the spring and that the talks had been useful for all of them.","lang":"fr"}""");

        Assert.That(_reader.Read(path).Single().Article!.Language, Is.EqualTo(ArticleLanguage.English));
    }

    [Test]
    public void Bad_lines_are_skipped_with_origin_and_reason_and_reading_goes_on()
    {
        var path = _directory.Write("a.jsonl",
            """
            {"id":"ok-1","title":"One","text":"The first article is fine."}
            {"id":"broken","title":"Two","text":
            {"title":"No id","text":"An article without an id."}
            {"id":"no-text","title":"Empty","text":"  "}
            {"id":"null-text","title":"Null"}

            [1,2,3]
            {"id":"ok-2","title":"Last","text":"The last article is fine too."}
            """);

        var records = _reader.Read(path).ToList();

        Assert.That(records.Select(r => r.Origin), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 7, 8 }.Select(n => $"{path}:{n}")));
        Assert.That(records[0].Article!.Id, Is.EqualTo("ok-1"));
        Assert.That(records[1].SkipReason, Does.StartWith("malformed JSON"));
        Assert.That(records[2].SkipReason, Is.EqualTo("missing id"));
        Assert.That(records[3].SkipReason, Is.EqualTo("missing or empty text"));
        Assert.That(records[3].Id, Is.EqualTo("no-text"));
        Assert.That(records[4].SkipReason, Is.EqualTo("missing or empty text"));
        Assert.That(records[5].SkipReason, Does.StartWith("malformed JSON"));
        Assert.That(records[6].Article!.Id, Is.EqualTo("ok-2"));
    }

    [Test]
    public void Invalid_utf8_in_a_line_is_skipped_with_a_reason_and_reading_goes_on()
    {
        byte[] bytes =
        [
            .. "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Fine text here.\"}\n{\"id\":\"b\",\"title\":\"T\",\"text\":\"Bad "u8,
            0xC3, 0x28,
            .. " byte\"}\n{\"id\":\"c\",\"title\":\"T\",\"text\":\"More fine text.\"}\n"u8,
        ];
        var path = _directory.WriteBytes("a.jsonl", bytes);

        var records = _reader.Read(path).ToList();

        Assert.That(records, Has.Count.EqualTo(3));
        Assert.That(records[0].Article!.Id, Is.EqualTo("a"));
        Assert.That(records[1].Origin, Is.EqualTo(path + ":2"));
        Assert.That(records[1].SkipReason, Is.EqualTo("not valid UTF-8"));
        Assert.That(records[2].Article!.Id, Is.EqualTo("c"));
    }

    [Test]
    public void Seed_corpus_records_read_like_the_seed_files()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryLocator.Root(), "..", "shared", "corpus", "seeds", "articles.jsonl.gz"));
        if (!File.Exists(path))
        {
            Assert.Ignore("Shared seeds corpus not present.");
        }

        var records = _reader.Read(path).ToList();

        Assert.That(records.Select(r => r.Article!.Language), Is.EqualTo(new[] { "en", "de", "en", "en", "en" }));
        Assert.That(records[3].Article!.Source, Is.EqualTo("Kazinform"));
        Assert.That(records[0].Article!.Title, Does.StartWith("Prominent officials from China"), "empty title derived");
    }

    [TestCase("bbc", ArticleLanguage.English)]
    [TestCase("gnad10k", ArticleLanguage.German)]
    public void Whole_shared_corpus_reads_without_a_skip(string corpus, string language)
    {
        var records = _reader.Read(RepositoryLocator.SharedCorpus(corpus)).ToList();

        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Where(r => r.IsSkipped).Select(r => r.Origin + ": " + r.SkipReason), Is.Empty);
        Assert.That(records.Select(r => r.Id).Distinct().Count(), Is.EqualTo(records.Count));
        Assert.That(records.All(r => r.Article!.Language == language && r.Article.Title.Length > 0));
    }

    [Test]
    public void A_record_over_the_size_cap_is_skipped_with_its_id_and_line_and_reading_goes_on()
    {
        var reader = new JsonLinesArticleReader(new LanguageDetector(), new ArticleSizeLimit(1024));
        var huge = new string('x', 5000);
        var path = _directory.Write("a.jsonl",
            "{\"id\":\"ok-1\",\"title\":\"One\",\"text\":\"The first article is fine.\"}\n" +
            "{\"id\":\"huge\",\"title\":\"Big\",\"text\":\"" + huge + "\"}\n" +
            "{\"id\":\"ok-2\",\"title\":\"Two\",\"text\":\"The second article is fine.\"}\n" +
            "{\"text\":\"" + huge + "\",\"id\":\"id-after-text\"}\n" +
            "{\"id\":\"ok-3\",\"title\":\"Three\",\"text\":\"The last article is fine.\"}");

        var records = reader.Read(path).ToList();

        Assert.That(records.Select(r => r.Article?.Id), Is.EqualTo(new[] { "ok-1", null, "ok-2", null, "ok-3" }));
        Assert.That(records[1].Origin, Is.EqualTo(path + ":2"));
        Assert.That(records[1].Id, Is.EqualTo("huge"), "the id is read from the record's first bytes");
        Assert.That(records[1].SkipReason, Is.EqualTo("record larger than the 1024 bytes limit (5037 bytes)"));
        Assert.That(records[3].Id, Is.Null, "an id behind the text is not looked for");
        Assert.That(records[3].SkipReason, Does.StartWith("record larger than the 1024 bytes limit"));
    }

    [Test]
    public void A_record_over_the_size_cap_at_the_end_of_a_gz_without_a_line_break_is_skipped()
    {
        var reader = new JsonLinesArticleReader(new LanguageDetector(), new ArticleSizeLimit(100_000));
        var path = _directory.WriteGzip("a.jsonl.gz",
            "{\"id\":\"ok\",\"text\":\"A fine article.\"}\n{\"id\":\"huge\",\"text\":\"" + new string('y', 300_000) + "\"}");

        var records = reader.Read(path).ToList();

        Assert.That(records.Select(r => (r.Id, r.IsSkipped)), Is.EqualTo(new[] { ("ok", false), ("huge", true) }));
        Assert.That(records[1].SkipReason, Is.EqualTo("record larger than the 100000 bytes limit (300023 bytes)"));
    }

    [Test]
    public void The_default_cap_is_the_text_files_10_MB()
    {
        Assert.That(ArticleSizeLimit.Default.MaxBytes, Is.EqualTo(10 * 1024 * 1024));
        Assert.That(ArticleSizeLimit.Default.Reason("record", 11_000_000), Is.EqualTo("record larger than the 10 MB limit (11000000 bytes)"));
    }

    [Test]
    public void A_gz_cut_short_breaks_off_with_the_file_and_line_instead_of_ending_quietly()
    {
        var whole = _directory.WriteGzip("whole.jsonl.gz", GeneratedRecords(400));
        var bytes = File.ReadAllBytes(whole);
        var cut = _directory.WriteBytes("cut.jsonl.gz", bytes[..(bytes.Length / 2)]);
        Assert.That(_reader.Read(whole).Count(r => !r.IsSkipped), Is.EqualTo(400), "the whole file reads");

        var read = new List<IngestRecord>();
        var error = Assert.Throws<ArticleSourceUnreadableException>(() => read.AddRange(_reader.Read(cut)));

        Assert.That(error!.Path, Is.EqualTo(cut));
        Assert.That(error.Message, Does.Contain("cut short"));
        Assert.That(error.LineNumber, Is.EqualTo(read.Count + 1).And.LessThan(400));
    }

    [Test]
    public void A_gz_with_garbage_in_the_middle_breaks_off_instead_of_throwing_a_raw_decompression_error()
    {
        var bytes = File.ReadAllBytes(_directory.WriteGzip("whole.jsonl.gz", GeneratedRecords(400)));
        new Random(5).NextBytes(bytes.AsSpan(bytes.Length / 2, 200));
        var corrupt = _directory.WriteBytes("corrupt.jsonl.gz", bytes);

        var error = Assert.Throws<ArticleSourceUnreadableException>(() => _reader.Read(corrupt).ToList());

        Assert.That(error!.Path, Is.EqualTo(corrupt));
        Assert.That(error.Message, Does.Contain(corrupt + " could not be read to its end"));
    }

    [Test]
    public void A_malformed_last_line_without_a_line_break_is_skipped_saying_the_file_may_be_cut_short()
    {
        var path = _directory.Write("a.jsonl",
            "{\"id\":\"a\",\"text\":\"Fine text here.\"}\n{\"id\":\"b\",\"text\":\"Cut in the mid");

        var records = _reader.Read(path).ToList();

        Assert.That(records[0].Article!.Id, Is.EqualTo("a"));
        Assert.That(records[1].SkipReason, Does.StartWith("malformed JSON").And.EndWith("so the file may be cut short"));
    }

    [Test]
    public void A_valid_last_line_without_a_line_break_is_read()
    {
        var path = _directory.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Fine text here.\"}\n{\"id\":\"b\",\"text\":\"Also fine.\"}");

        Assert.That(_reader.Read(path).Select(r => r.Article!.Id), Is.EqualTo(new[] { "a", "b" }));
    }

    /// <summary>Records of varied words, so that their gzip is long enough to be cut in the middle of compressed data.</summary>
    private static string GeneratedRecords(int count)
    {
        string[] words = ["Astana", "Tashkent", "ministers", "summit", "water", "energy", "railway", "corridor", "trade", "border"];
        var random = new Random(3);
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)]));
            lines.Append("{\"id\":\"g-").Append(i).Append("\",\"title\":\"Meeting ").Append(i).Append("\",\"text\":\"").Append(text).Append(".\"}\n");
        }

        return lines.ToString();
    }
}
