using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchPortal.Core.Articles;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>Builds a more-like-this query from an indexed article's title and text, over its language body field and the neutral one.</summary>
internal static class RelatedArticles
{
    private const int MaxQueryTerms = 25;

    public static Query LikeThis(IndexReader reader, Analyzer analyzer, Document stored, string text)
    {
        var id = stored.Get(ArticleFields.Id) ?? string.Empty;
        var language = stored.Get(ArticleFields.Language) ?? ArticleLanguage.Unknown;
        var likeText = (stored.Get(ArticleFields.Title) ?? string.Empty) + "\n\n" + text;
        var query = new BooleanQuery();
        var (_, body) = ArticleFields.LanguageFields(language);
        query.Add(Like(reader, analyzer, likeText, body), Occur.SHOULD);
        if (body != ArticleFields.BodyNeutral)
        {
            query.Add(Like(reader, analyzer, likeText, ArticleFields.BodyNeutral), Occur.SHOULD);
        }

        query.Add(new TermQuery(new Term(ArticleFields.Id, id)), Occur.MUST_NOT);
        return query;
    }

    private static Query Like(IndexReader reader, Analyzer analyzer, string text, string field)
    {
        var likeThis = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [field],
            MinTermFreq = 1,

            // A term only the article itself has cannot find another one; a term in most articles finds them all.
            MinDocFreq = 2,
            MaxDocFreq = Math.Max(2, reader.NumDocs / 2),
            MinWordLen = 3,
            MaxQueryTerms = MaxQueryTerms,
        };
        using var input = new StringReader(text);
        return likeThis.Like(input, field);
    }
}
