using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Tests.Indexing;

public sealed class IndexVerifierTests
{
    [Test]
    public void Freshly_built_index_verifies_clean()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();

        var verdict = new IndexVerifier(root.Location).Verify();

        Assert.That((verdict.Ok, verdict.Generation, verdict.Documents), Is.EqualTo((true, built.Generation, 8)));
        Assert.That(verdict.Problems, Is.Empty);
    }

    [Test]
    public void Truncated_segment_file_in_a_copy_is_reported()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        using var copy = new TempIndexRoot();
        CopyDirectory(root.Path, copy.Path);
        var biggest = new DirectoryInfo(copy.Location.GenerationPath(built.Generation)).GetFiles()
            .Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).MaxBy(f => f.Length)!;
        using (var stream = new FileStream(biggest.FullName, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length / 2);
        }

        var verdict = new IndexVerifier(copy.Location).Verify();

        Assert.That(verdict.Ok, Is.False);
        Assert.That(verdict.Problems, Is.Not.Empty);
        Assert.That(new IndexVerifier(root.Location).Verify().Ok, Is.True, "the original stays intact");
    }

    [Test]
    public void Garbled_bytes_in_a_segment_file_are_reported()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        using var copy = new TempIndexRoot();
        CopyDirectory(root.Path, copy.Path);
        var biggest = new DirectoryInfo(copy.Location.GenerationPath(built.Generation)).GetFiles().MaxBy(f => f.Length)!;
        var bytes = File.ReadAllBytes(biggest.FullName);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(biggest.FullName, bytes);

        Assert.That(new IndexVerifier(copy.Location).Verify().Ok, Is.False);
    }

    [Test]
    public void Missing_index_is_no_index_not_corruption_and_creates_nothing()
    {
        using var root = new TempIndexRoot();

        var error = Assert.Throws<NoIndexException>(() => new IndexVerifier(root.Location).Verify());

        Assert.That(error!.RootPath, Is.EqualTo(root.Location.RootPath));
        Assert.That(Directory.Exists(root.Path), Is.False);
    }

    [Test]
    public void A_run_holding_the_lock_makes_verify_say_busy_not_corrupt()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        using var held = IndexWriteLock.Acquire(root.Location);

        Assert.Throws<IndexBusyException>(() => new IndexVerifier(root.Location).Verify());
    }

    [Test]
    public void Verify_beside_rebuilds_and_updates_running_in_a_loop_never_reports_corruption()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var fewer = DiplomacyArticles.All.Take(5).ToList();
        var updater = new IndexUpdater(root.Location, root.Analyzer) { MaxRemovedShare = 1 };
        using var stop = new CancellationTokenSource();

        // Bounded by a few seconds of verifying; the writer alternates rebuilds and updates that add and remove articles.
        var writer = Task.Run(() =>
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var articles = round % 2 == 0 ? fewer : DiplomacyArticles.All;
                try
                {
                    _ = round % 3 == 0
                        ? root.Rebuilder.Rebuild(DiplomacyArticles.Records(articles), DiplomacyArticles.Annotate(articles)).Generation
                        : updater.Update(DiplomacyArticles.Records(articles), DiplomacyArticles.Annotate(articles)).Generation;
                }
                catch (IndexBusyException)
                {
                    // verify holds the lock: this run is refused, as a scheduled one would be, and the next one tries again.
                }

                // The pause a scheduler leaves between runs, in which verify can take the lock it waits for.
                Thread.Sleep(30);
            }
        });
        var verdicts = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(4) && !writer.IsCompleted)
        {
            try
            {
                var verdict = new IndexVerifier(root.Location).Verify();
                verdicts.Add(verdict.Ok ? "ok" : "corrupt: " + string.Join(" ", verdict.Problems));
            }
            catch (IndexBusyException)
            {
                verdicts.Add("busy");
            }
        }

        stop.Cancel();
        writer.GetAwaiter().GetResult();
        TestContext.Out.WriteLine(string.Join(", ", verdicts.GroupBy(v => v).Select(g => $"{g.Key} x{g.Count()}")));
        Assert.That(verdicts, Has.None.StartsWith("corrupt"));
        Assert.That(verdicts, Has.Some.EqualTo("ok"));
    }

    [Test]
    public void Check_of_a_written_generation_passes_it_and_counts_its_documents()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();

        var verdict = IndexVerifier.CheckWritten(root.Location.GenerationPath(built.Generation), built.Generation, 8);

        Assert.That((verdict.Ok, verdict.Documents, verdict.Problems.Count), Is.EqualTo((true, 8, 0)));
        Assert.That(verdict.Segments, Is.GreaterThan(0));
    }

    [Test]
    public void Check_of_a_written_generation_catches_a_truncated_file()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        var biggest = BiggestSegmentFile(root.Location.GenerationPath(built.Generation));
        using (var stream = new FileStream(biggest.FullName, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length - 100);
        }

        var verdict = IndexVerifier.CheckWritten(root.Location.GenerationPath(built.Generation), built.Generation, 8);

        Assert.That(verdict.Ok, Is.False);
        Assert.That(verdict.Problems.Single(), Does.StartWith("The generation cannot be read back"));
    }

    [Test]
    public void Check_of_a_written_generation_catches_one_flipped_byte_in_stored_text()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        var biggest = BiggestSegmentFile(root.Location.GenerationPath(built.Generation));
        var bytes = File.ReadAllBytes(biggest.FullName);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(biggest.FullName, bytes);

        var verdict = IndexVerifier.CheckWritten(root.Location.GenerationPath(built.Generation), built.Generation, 8);

        Assert.That(verdict.Ok, Is.False);
        Assert.That(verdict.Problems.Single(), Does.Contain("checksum"));
    }

    [Test]
    public void Check_of_a_written_generation_reports_documents_missing_from_what_was_written()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();

        var verdict = IndexVerifier.CheckWritten(root.Location.GenerationPath(built.Generation), built.Generation, 9);

        Assert.That(verdict.Ok, Is.False);
        Assert.That(verdict.Problems.Single(), Is.EqualTo("The generation holds 8 documents where 9 were written."));
    }

    private static FileInfo BiggestSegmentFile(string generationPath) =>
        new DirectoryInfo(generationPath).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).MaxBy(f => f.Length)!;

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
