using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Querying;

/// <summary>Reads the portal's query language into a Lucene query over all search fields. Not thread-safe: make one per request.</summary>
public sealed class ArticleQueryParser
{
    private readonly Analyzer analyzer;

    public ArticleQueryParser(Analyzer queryAnalyzer, FacetVocabulary vocabulary)
    {
        analyzer = queryAnalyzer;
        _ = vocabulary;
    }

    public ParsedQuery Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedQuery(new MatchAllDocsQuery(), true, null);
        }

        var boosts = ArticleFields.SearchFields.ToDictionary(f => f, f => f.StartsWith("title", StringComparison.Ordinal) ? 2f : 1f);
        var parser = new MultiFieldQueryParser(Analysis.ArticleAnalyzer.Version, [.. ArticleFields.SearchFields], analyzer, boosts);
        try
        {
            return new ParsedQuery(parser.Parse(text), false, null);
        }
        catch (ParseException)
        {
            return new ParsedQuery(parser.Parse(QueryParserBase.Escape(text)), false, "Your query could not be read as written; it was searched as plain words.");
        }
    }
}
