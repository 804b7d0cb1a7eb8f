using Lucene.Net.Search;
using SearchPortal.Core.Language;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Querying.Syntax;

namespace SearchPortal.Search.Querying;

/// <summary>
/// One query text, lexed, parsed and analysed once, from which the query of either match mode is assembled: the
/// all-words search and its any-word fallback share every word's expansion (its fields, vocabulary spellings, name
/// keys and translations), the costly part, and differ only in how the words are joined. Not thread-safe.
/// </summary>
internal sealed class QueryReading
{
    private readonly bool blank;
    private readonly QueryNode? root;
    private readonly QueryNotices notices;
    private readonly FieldQueryFactory fields;
    private readonly FacetVocabulary vocabulary;
    private readonly TextTermQueryBuilder? texts;
    private readonly TranslatedTermQueryBuilder? translator;
    private TextTermQueryBuilder? literalTexts;

    /// <param name="root">The parsed query; null when it holds nothing to search, or for a blank query.</param>
    /// <param name="dictionary">Ordinary words of either language, searched without a name-spelling key; none when null.</param>
    /// <param name="blank">The query was empty or blank: every article, without a notice.</param>
    internal QueryReading(QueryNode? root, QueryNotices notices, FieldQueryFactory fields, FacetVocabulary vocabulary, TranslatedTermQueryBuilder? translator,
        TranslationTable? dictionary = null, bool blank = false)
    {
        this.blank = blank;
        this.root = root;
        this.notices = notices;
        this.fields = fields;
        this.vocabulary = vocabulary;
        this.translator = translator;
        texts = root is null ? null : new TextTermQueryBuilder(fields, vocabulary, literalStopWords: false, translator, dictionary);
    }


    /// <summary>The query with words side by side all required (<paramref name="requireAllWords"/>) or any of them.</summary>
    public ParsedQuery For(bool requireAllWords)
    {
        if (blank)
        {
            return new ParsedQuery(new MatchAllDocsQuery(), true, null);
        }

        Query? query = null;
        if (root is not null && texts is not null)
        {
            query = new LuceneQueryBuilder(texts, vocabulary, requireAllWords).Build(root);
            if (texts.CutSpellings)
            {
                notices.Add(ArticleQueryParser.SpellingsCutNotice);
            }

            if (texts.SawCommonWords && !texts.SawContentWords)
            {
                // Only stop words ("the and of"): the language chains drop them, the neutral fields keep them.
                literalTexts ??= new TextTermQueryBuilder(fields, vocabulary, literalStopWords: true);
                query = new LuceneQueryBuilder(literalTexts, vocabulary, requireAllWords).Build(root) ?? query;
                notices.Add("Your query has only very common words, so they were matched exactly as written.");
            }
        }

        if (fields.ReadLongWordAsPhrase)
        {
            notices.Add(ArticleQueryParser.LongWordNotice);
        }

        if (query is null)
        {
            notices.Add("Your query had no words to search for, so all articles are shown.");
            return new ParsedQuery(new MatchAllDocsQuery(), true, notices.Text);
        }

        return new ParsedQuery(query, false, notices.Text, translator?.Searched);
    }
}
