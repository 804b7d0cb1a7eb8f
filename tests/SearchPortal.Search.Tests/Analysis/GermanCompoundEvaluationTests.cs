using System.IO.Compression;
using System.Text.Json;
using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Analysis;

/// <summary>How many extra part tokens the German chain adds on real news text (10kGNAD, Austrian news).</summary>
public class GermanCompoundEvaluationTests
{
    [Test]
    public void Parts_add_a_moderate_number_of_tokens_on_real_german_news()
    {
        string path = RepositoryFiles.SharedCorpus("gnad10k");
        using var indexAnalyzer = new GermanChainAnalyzer(GermanCompoundParts.Default);
        using var queryAnalyzer = new GermanChainAnalyzer(compoundParts: null);
        int words = 0;
        int tokens = 0;
        foreach (string text in Texts(path).Take(300))
        {
            words += AnalyzedToken.Read(queryAnalyzer, "body_de", text).Count;
            tokens += AnalyzedToken.Read(indexAnalyzer, "body_de", text).Count;
        }

        double extraPer100 = 100.0 * (tokens - words) / words;
        TestContext.Out.WriteLine($"{words} words (after stop words), {tokens - words} parts: {extraPer100:F1} per 100 words");

        // Measured: 18.8 parts per 100 non-stop words on the first 300 articles (about 10.5 per 100 running words
        // over the whole corpus; ~4.6 running words in 100 are split, and a three-part compound yields five parts).
        // Lucene's DictionaryCompoundWordTokenFilter with the same list added ~48 per 100 running words, mostly
        // fragments; above 30 per 100 non-stop words the splitting would be shredding ordinary words.
        Assert.That(extraPer100, Is.InRange(5.0, 30.0));
    }

    private static IEnumerable<string> Texts(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("text").GetString() is { Length: > 0 } text)
            {
                yield return text;
            }
        }
    }
}
