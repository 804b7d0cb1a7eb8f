using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>
/// Random news-like articles from one seed: English or German sentences naming random countries, formats and officials
/// of the vocabulary, dated across a decade (some undated), so the production extractor gives every dimension values.
/// </summary>
internal sealed class GeneratedNews(FacetVocabulary vocabulary, int seed)
{
    /// <summary>Words the articles are made of, also the words the random queries use.</summary>
    public static readonly string[] EnglishWords =
        ["talks", "railway", "energy", "water", "summit", "trade", "security", "investment", "pipeline", "border", "visit", "agreement"];

    public static readonly string[] GermanWords =
        ["Gespräche", "Eisenbahn", "Energie", "Wasser", "Gipfel", "Handel", "Sicherheit", "Investitionen", "Grenze", "Besuch", "Abkommen"];

    private readonly Random random = new(seed);

    public IEnumerable<IngestRecord> Articles(string idPrefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var german = random.Next(4) == 0;
            var sentences = Enumerable.Range(0, random.Next(2, 6)).Select(_ => Sentence(german)).ToList();
            DateOnly? date = random.Next(6) == 0 ? null : new DateOnly(random.Next(2015, 2026), random.Next(1, 13), random.Next(1, 29));
            var article = new Article(
                $"{idPrefix}-{i.ToString(CultureInfo.InvariantCulture)}",
                sentences[0].TrimEnd('.'),
                string.Join(" ", sentences.Skip(1).DefaultIfEmpty(sentences[0])),
                german ? "de" : "en",
                date,
                "generated",
                null,
                random.Next(3) == 0 ? "politics" : "economy");
            yield return IngestRecord.Read("generated:" + i.ToString(CultureInfo.InvariantCulture), article);
        }
    }

    private string Sentence(bool german)
    {
        var words = german ? GermanWords : EnglishWords;
        var country = Pick(vocabulary.Countries).Canonical;
        var other = Pick(vocabulary.Countries).Canonical;
        var subject = random.Next(3) == 0 ? Pick(vocabulary.Officials).Canonical : country;
        var topic = $"{Pick(words)} {Pick(words)}";
        var format = random.Next(3) == 0 ? (german ? " beim " : " at the ") + Pick(vocabulary.Formats).Canonical : string.Empty;
        return german
            ? $"{subject} und {other} sprachen über {topic}{format}."
            : $"{subject} and {other} discussed {topic}{format}.";
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
