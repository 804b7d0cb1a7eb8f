using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Storage;

namespace SearchPortal.Search.Tests.Storage;

public sealed class MappedFileDirectoryTests
{
    private string root = null!;

    [SetUp]
    public void CreateRoot()
    {
        root = Path.Combine(Path.GetTempPath(), "sp-mapped-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(root);
    }

    [TearDown]
    public void RemoveRoot() => System.IO.Directory.Delete(root, recursive: true);

    [Test]
    public void Reads_back_what_was_written_across_buffer_refills_seeks_and_clones()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        using var directory = new MappedFileDirectory(new DirectoryInfo(root));
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteInt32(-123_456);
            output.WriteVInt64(9_876_543_210L);
            output.WriteVInt32(-1);
            output.WriteInt64(long.MinValue + 5);
            output.WriteInt16(-2);
            output.WriteBytes([9, 9, 9], 3);
            output.WriteString("Außenministertreffen");
            output.WriteBytes(bytes, bytes.Length);
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        Assert.That(input.ReadInt32(), Is.EqualTo(-123_456));
        Assert.That(input.ReadVInt64(), Is.EqualTo(9_876_543_210L));
        Assert.That(input.ReadVInt32(), Is.EqualTo(-1), "a negative vInt takes five bytes");
        Assert.That(input.ReadInt64(), Is.EqualTo(long.MinValue + 5));
        Assert.That(input.ReadInt16(), Is.EqualTo(-2));
        input.SkipBytes(3);
        Assert.That(input.ReadString(), Is.EqualTo("Außenministertreffen"));
        var afterHeader = input.Position;
        var read = new byte[bytes.Length];
        input.ReadBytes(read, 0, read.Length);
        Assert.That(read, Is.EqualTo(bytes), "a read longer than the buffer");
        Assert.That(input.Position, Is.EqualTo(input.Length));

        var clone = (IndexInput)input.Clone();
        input.Seek(afterHeader + 4000);
        clone.Seek(afterHeader + 10);
        Assert.That((input.ReadByte(), clone.ReadByte()), Is.EqualTo((bytes[4000], bytes[10])), "clones move independently");
        Assert.Throws<EndOfStreamException>(() =>
        {
            input.Seek(input.Length - 2);
            input.ReadInt32();
        });
    }

    [Test]
    public void Variable_length_numbers_read_alike_away_from_the_end_and_in_its_last_bytes()
    {
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, 2_097_152, int.MaxValue, -1, int.MinValue];
        long[] longs = [0L, 127L, 128L, 1L << 35, 9_876_543_210L, long.MaxValue];
        using var directory = new MappedFileDirectory(new DirectoryInfo(root));
        using (var output = directory.CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            foreach (var value in ints)
            {
                output.WriteVInt32(value);
            }

            foreach (var value in longs)
            {
                output.WriteVInt64(value);
            }

            // The last number ends the file: read byte by byte, with the end in sight.
            output.WriteVInt32(int.MaxValue);
        }

        using var input = directory.OpenInput("numbers.bin", IOContext.DEFAULT);
        Assert.That(ints.Select(_ => input.ReadVInt32()), Is.EqualTo(ints));
        Assert.That(longs.Select(_ => input.ReadVInt64()), Is.EqualTo(longs));
        Assert.That(input.Length - input.Position, Is.EqualTo(5));
        Assert.That(input.ReadVInt32(), Is.EqualTo(int.MaxValue));
        Assert.That(input.Position, Is.EqualTo(input.Length));
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());
    }

    [Test]
    public void Slices_read_only_their_own_range_and_outlive_the_slicer()
    {
        using var directory = new MappedFileDirectory(new DirectoryInfo(root));
        using (var output = directory.CreateOutput("compound.bin", IOContext.DEFAULT))
        {
            output.WriteBytes([1, 2, 3, 4, 5, 6, 7, 8], 8);
        }

        IndexInput slice;
        using (var slicer = directory.CreateSlicer("compound.bin", IOContext.DEFAULT))
        {
            slice = slicer.OpenSlice("middle", 2, 4);
            Assert.Throws<ArgumentException>(() => slicer.OpenSlice("too long", 6, 4));
        }

        using (slice)
        {
            var read = new byte[4];
            slice.ReadBytes(read, 0, 4);
            Assert.That(read, Is.EqualTo(new byte[] { 3, 4, 5, 6 }));
            Assert.That(slice.Length, Is.EqualTo(4));
            Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        }
    }

    [Test]
    public void A_clone_used_after_its_owner_was_disposed_throws_instead_of_reading_unmapped_memory()
    {
        using var directory = new MappedFileDirectory(new DirectoryInfo(root));
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(new byte[4096], 4096);
        }

        var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();

        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
    }

    [TestCase(true)]
    [TestCase(false)]
    public void An_index_searched_through_maps_finds_what_NIOFS_finds(bool compoundFiles)
    {
        var words = new[] { "grain", "exports", "harvest", "talks", "water", "energy", "Astana", "Kazakhstan" };
        using (var writing = new NIOFSDirectory(new DirectoryInfo(root)))
        using (var analyzer = new ArticleAnalyzer())
        using (var writer = new IndexWriter(writing, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { UseCompoundFile = compoundFiles }))
        {
            var document = new ReusableArticleDocument();
            for (var i = 0; i < 3000; i++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 40).Select(k => words[(i * 31 + k * k) % words.Length]));
                writer.AddDocument(document.Fill(Annotated("doc-" + i, text)));
                if (i % 1000 == 999)
                {
                    writer.Commit();
                }
            }
        }

        using var nio = DirectoryReader.Open(new NIOFSDirectory(new DirectoryInfo(root)));
        using var mapped = DirectoryReader.Open(new MappedFileDirectory(new DirectoryInfo(root)));
        Assert.That(mapped.Leaves, Has.Count.EqualTo(nio.Leaves.Count).And.Count.GreaterThan(1));
        foreach (var word in words.Select(w => w.ToLowerInvariant()))
        {
            var query = new BooleanQuery { { new TermQuery(new Term(ArticleFields.BodyEnglish, word)), Occur.MUST } };
            Assert.That(Hits(mapped, query), Is.EqualTo(Hits(nio, query)), word);
        }
    }

    // An untitled English article as the indexer writes it.
    private static AnnotatedArticle Annotated(string id, string text) =>
        new(new Article(id, string.Empty, text, ArticleLanguage.English, null, null, null, null), ArticleFacets.None, id);

    private static List<(string Id, float Score, string Text)> Hits(DirectoryReader reader, Query query)
    {
        var searcher = new IndexSearcher(reader);
        return searcher.Search(query, 50).ScoreDocs
            .Select(d =>
            {
                var stored = searcher.Doc(d.Doc);
                return (stored.Get(ArticleFields.Id), d.Score, ArticleDocumentReader.ReadText(reader, d.Doc));
            })
            .ToList();
    }
}
