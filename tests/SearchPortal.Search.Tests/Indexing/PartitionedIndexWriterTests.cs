using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Indexing;

public sealed class PartitionedIndexWriterTests
{
    [Test]
    public void Parts_written_from_their_own_threads_join_into_one_index_with_a_segment_each()
    {
        using var temp = new TempDirectory();

        using (var writer = new PartitionedIndexWriter(temp.Path, 3, Config))
        {
            Parallel.For(0, 3, part =>
            {
                for (var i = 0; i < 20; i++)
                {
                    writer.AddDocument(part, Document($"{part}-{i}"));
                }
            });
            writer.Commit();
        }

        using var directory = new NIOFSDirectory(new DirectoryInfo(temp.Path));
        using var reader = DirectoryReader.Open(directory);
        var ids = Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).Get("id")).ToList();
        Assert.That(ids, Is.EquivalentTo(Enumerable.Range(0, 3).SelectMany(part => Enumerable.Range(0, 20).Select(i => $"{part}-{i}"))));
        Assert.That(reader.Leaves, Has.Count.EqualTo(3));
        Assert.That(System.IO.Directory.GetDirectories(temp.Path), Is.Empty, "the parts' own directories are gone");
    }

    [Test]
    public void Rollback_commits_nothing_and_releases_every_write_lock()
    {
        using var temp = new TempDirectory();
        using (var writer = new PartitionedIndexWriter(temp.Path, 2, Config))
        {
            writer.AddDocument(0, Document("a"));
            writer.AddDocument(1, Document("b"));
            writer.Rollback();
        }

        using var directory = new NIOFSDirectory(new DirectoryInfo(temp.Path));
        Assert.That(DirectoryReader.IndexExists(directory), Is.False);
        using var part = new NIOFSDirectory(new DirectoryInfo(Path.Combine(temp.Path, "part-1")));
        Assert.That(IndexWriter.IsLocked(directory) || IndexWriter.IsLocked(part), Is.False);
    }

    // A fresh document per call: the parts are written from several threads.
    private static IReadOnlyList<IIndexableField> Document(string id) => new ReusableArticleDocument().Fill(new AnnotatedArticle(
        new Article(id, string.Empty, "Talks in Astana.", ArticleLanguage.English, null, null, null, null), ArticleFacets.None, id));

    private static IndexWriterConfig Config() =>
        new(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.CREATE, UseCompoundFile = false };

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sp-parts-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (System.IO.Directory.Exists(Path))
            {
                System.IO.Directory.Delete(Path, recursive: true);
            }
        }
    }
}
