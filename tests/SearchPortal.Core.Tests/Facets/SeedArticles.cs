using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets.Text;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>The five seed articles from data/sample-corpus as raw text, and the shipped vocabulary.</summary>
internal static class SeedArticles
{
    // Ad lines the plain-text parser removes; cut here so facet tests do not depend on the parser ("Pools Plus Cyprus" is no country mention).
    private static readonly HashSet<string> AdLines = new(StringComparer.Ordinal) { "ACM Cyprus", "Esta Construction", "Pools Plus Cyprus", "Hostinger" };

    private static readonly Lazy<FacetVocabulary> ShippedVocabulary = new(() => FacetVocabulary.Load(Path.Combine(RepositoryRoot(), "data", "facet-vocabulary.json")));

    public static FacetVocabulary Vocabulary => ShippedVocabulary.Value;

    /// <summary>Seed number <paramref name="number"/> (0-4): the first non-empty line as title, the raw file text as text.</summary>
    public static Article Load(int number, DateOnly? date = null)
    {
        var directory = Path.Combine(RepositoryRoot(), "data", "sample-corpus");
        var path = Directory.GetFiles(directory, $"{number:000}_*.txt").Single();
        var lines = File.ReadAllLines(path).Where(line => !AdLines.Contains(line.Trim())).ToList();
        var text = string.Join("\n", lines);
        var firstLine = lines.Select(line => line.Trim()).First(line => line.Length > 0);

        // Seed 000 has no headline, only one long line: like the parser, take its first sentence as the title.
        var title = firstLine.Length > 200 ? SentenceSplitter.Split(firstLine)[0] : firstLine;
        var language = number == 1 ? ArticleLanguage.German : ArticleLanguage.English;
        return new Article(Path.GetFileNameWithoutExtension(path), title, text, language, date, null, null, null);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SearchPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SearchPortal.sln not found above the test directory.");
    }
}
