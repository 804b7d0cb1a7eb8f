using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Querying;

/// <summary>A tiny in-memory index of English and German articles written by the production document code, with a test vocabulary.</summary>
internal sealed class QueryTestArchive : IDisposable
{
    public static readonly FacetVocabulary Vocabulary = new(
        [
            new VocabularyEntry("Kazakhstan", ["Kasachstan", "Kazakh", "Qazaqstan", "Republic of Kazakhstan"]),
            new VocabularyEntry("China", ["Volksrepublik China", "PRC"]),
            new VocabularyEntry("Uzbekistan", ["Usbekistan", "Uzbek"]),
            new VocabularyEntry("Tajikistan", ["Tadschikistan"]),
            new VocabularyEntry("United States", ["USA", "Vereinigte Staaten"]),
        ],
        [
            new VocabularyEntry("C5+1", ["C5 + 1"]),
            new VocabularyEntry("China–Central Asia", ["China-Zentralasien"]),
            new VocabularyEntry("Consultative Meeting", ["Konsultativtreffen"]),
        ],
        [
            new VocabularyEntry("Jeenbek Kulubayev", ["Kulubayev", "Kulubaev", "Dschenbek Kulubajew"], "Deputy Foreign Minister", "Kazakhstan"),
            new VocabularyEntry("Wang Yi", [], "Foreign Minister", "China"),
            new VocabularyEntry("Shavkat Mirziyoyev", ["Mirziyoyev", "Mirsijojew", "Schawkat Mirsijojew"], "President", "Uzbekistan"),
            new VocabularyEntry("Antony Blinken", ["Blinken"], "Secretary of State", "United States"),
            new VocabularyEntry("Kassym-Jomart Tokayev", ["Tokayev", "Tokajew", "Qasym Jomart Toqaev"], "President", "Kazakhstan"),
        ]);

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly Analyzer analyzer;

    public QueryTestArchive(Analyzer? analyzer = null, Similarity? similarity = null, bool withManyTerms = false)
    {
        this.analyzer = analyzer ?? new ArticleAnalyzer();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, this.analyzer);
        if (similarity is not null)
        {
            config.Similarity = similarity;
        }

        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in Documents(withManyTerms))
            {
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(reader);
        if (similarity is not null)
        {
            Searcher.Similarity = similarity;
        }
    }

    public IndexSearcher Searcher { get; }

    public int Count => reader.NumDocs;

    public ArticleQueryParser NewParser() => new(analyzer, Vocabulary);

    /// <summary>Parses and runs a query; the ids come best first.</summary>
    public (IReadOnlyList<string> Ids, ParsedQuery Parsed) Search(string query)
    {
        var parsed = NewParser().Parse(query);
        return (Run(parsed.Query), parsed);
    }

    public IReadOnlyList<string> Ids(string query) => Search(query).Ids;

    /// <summary>The ids of a query read with every word required.</summary>
    public IReadOnlyList<string> IdsWithAllWords(string query) => Run(NewParser().Parse(query, requireAllWords: true).Query);

    public IReadOnlyList<string> Run(Query query)
    {
        var top = Searcher.Search(query, 100);
        return top.ScoreDocs.Select(hit => Searcher.Doc(hit.Doc).Get(ArticleFields.Id)).ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    private static IEnumerable<IEnumerable<IIndexableField>> Documents(bool withManyTerms)
    {
        yield return Article("kz-cn", ArticleLanguage.English, 2024,
            "Kazakhstan and China hold talks on trade corridors",
            "Astana. Deputy Foreign Minister of Kazakhstan Jeenbek Kulubayev met Chinese Foreign Minister Wang Yi for talks on transit and energy. The ministers discussed the Middle Corridor.",
            countries: ["Kazakhstan", "China"], formats: [], officials: ["Jeenbek Kulubayev", "Wang Yi"]);
        yield return Article("almaty", ArticleLanguage.German, 2023,
            "Asien, China: Außenministertreffen in Almaty stärkt Beziehungen",
            "Almaty, 26. April – Die Außenminister Chinas und der zentralasiatischen Staaten trafen sich in Kasachstan. Wang Yi lobte die Zusammenarbeit; Usbekistans Präsident Mirsijojew sandte eine Grußbotschaft.",
            countries: ["Kazakhstan", "China", "Uzbekistan"], formats: ["China–Central Asia"], officials: ["Wang Yi", "Shavkat Mirziyoyev"]);
        yield return Article("c5", ArticleLanguage.English, 2024,
            "Secretary Blinken's C5+1 Meeting at UNGA 79",
            "New York. Secretary of State Antony Blinken met the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in the C5+1 format to discuss regional security and critical minerals.",
            countries: ["United States", "Kazakhstan", "Tajikistan", "Uzbekistan"], formats: ["C5+1"], officials: ["Antony Blinken"]);
        yield return Article("call", ArticleLanguage.English, 2021,
            "Kazakh President holds telephone conversation with President of China",
            "Nur-Sultan. President Kassym-Jomart Tokayev held a telephone conversation with President Xi Jinping. The heads of state discussed vaccines and trade.",
            countries: ["Kazakhstan", "China"], formats: [], officials: ["Kassym-Jomart Tokayev"]);
        yield return Article("consult", ArticleLanguage.English, 2024,
            "VI Consultative Meeting of Central Asian Heads of State",
            "Astana hosted the sixth Consultative Meeting. President Shavkat Mirziyoyev of Uzbekistan proposed a secretariat, and the leaders of the region adopted a joint statement.",
            countries: ["Uzbekistan"], formats: ["Consultative Meeting"], officials: ["Shavkat Mirziyoyev"]);
        yield return Article("profile", ArticleLanguage.English, 2022,
            "Tokayev visits Tashkent",
            "The president arrived for a state visit and met his counterpart at the airport.",
            countries: ["Uzbekistan"], formats: [], officials: ["Kassym-Jomart Tokayev"]);
        if (withManyTerms)
        {
            // Far more distinct terms sharing a prefix than BooleanQuery.MaxClauseCount (1024) allows.
            var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "termini" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
            yield return Article("many", ArticleLanguage.English, 2020, "A glossary", words, [], [], []);
        }
    }

    /// <summary>The article as the indexer writes it: through the production document, with the given facets.</summary>
    private static IEnumerable<IIndexableField> Article(
        string id, string language, int year, string title, string body,
        IReadOnlyList<string> countries, IReadOnlyList<string> formats, IReadOnlyList<string> officials)
    {
        var article = new Article(id, title, body, language, new DateOnly(year, 1, 1), null, null, null);
        var facets = new ArticleFacets(
            Values(countries),
            Values(formats),
            new FacetValue(year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, []),
            Values(officials));
        return new ReusableArticleDocument().Fill(new AnnotatedArticle(article, facets, id));
    }

    private static FacetValue[] Values(IReadOnlyList<string> values) => [.. values.Select(v => new FacetValue(v, null, []))];
}
