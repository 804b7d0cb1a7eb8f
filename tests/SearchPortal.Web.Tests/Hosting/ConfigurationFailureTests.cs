using System.Diagnostics;

namespace SearchPortal.Web.Tests.Hosting;

/// <summary>The built portal started as its own process with settings that cannot work, as a shell in the wrong folder starts it.</summary>
public class ConfigurationFailureTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("portal-config-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_vocabulary_path_that_is_no_file_stops_the_portal_with_one_line_naming_it()
    {
        var (exitCode, error, output) = await RunPortalAsync(indexPath: "index", vocabularyPath: "data/facet-vocabulary.json");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo(
            $"error: SearchPortal:VocabularyPath 'data/facet-vocabulary.json' is not a file (read as {folder}/data/facet-vocabulary.json, relative to the content root {folder})."));
        Assert.That(output + error, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task A_sample_corpus_setting_that_names_no_folder_stops_the_portal_with_one_line_naming_it()
    {
        var (exitCode, error, output) = await RunPortalAsync(indexPath: "index", vocabularyPath: "", sampleCorpusPath: "no-such-corpus");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo(
            $"error: SearchPortal:SampleCorpusPath 'no-such-corpus' is not a folder (read as {folder}/no-such-corpus, relative to the content root {folder})."));
        Assert.That(output + error, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task An_index_path_in_a_folder_that_does_not_exist_stops_the_portal_with_one_line_naming_it()
    {
        var (exitCode, error, output) = await RunPortalAsync(indexPath: "../../nowhere-" + Path.GetFileName(folder) + "/index", vocabularyPath: "");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.StartWith("error: SearchPortal:IndexPath '../../nowhere-").And.Contain("is in a folder that does not exist (read as /"));
        Assert.That(output + error, Does.Not.Contain("   at "));
    }

    private async Task<(int ExitCode, string Error, string Output)> RunPortalAsync(string indexPath, string vocabularyPath, string sampleCorpusPath = "")
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "SearchPortal.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["SearchPortal__IndexPath"] = indexPath;
        start.Environment["SearchPortal__SampleCorpusPath"] = sampleCorpusPath;
        start.Environment["SearchPortal__VocabularyPath"] = vocabularyPath;
        using var portal = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = portal.StandardOutput.ReadToEndAsync();
        var error = portal.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await portal.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            portal.Kill(entireProcessTree: true);
            Assert.Fail("The portal did not stop on its own: it started with settings that cannot work.");
        }

        return (portal.ExitCode, await error, await output);
    }
}
