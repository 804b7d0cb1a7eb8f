using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace SearchPortal.Search.Analysis;

/// <summary>German chain: lower case, compound parts, stop words, umlaut normalization, genitive -ers, light stemming.</summary>
/// <remarks>
/// The index holds both the compound and its parts, so a query word matches either. A query's compound is split too,
/// but FieldQueryFactory only lets all its parts together count, and weakly: an OR of the parts would cost precision.
/// Stemming runs after splitting so that a part ("konsulats") and a query word ("Konsulat") meet in one term.
/// Measured (README, "Relevance"): splitting adds about 0.015 nDCG@10 on LegalQuAD and 0.011 on XQuAD-de.
/// </remarks>
internal sealed class GermanChainAnalyzer : Analyzer
{
    private readonly CharArraySet? compoundParts;

    /// <summary>A chain splitting compounds with <paramref name="compoundParts"/>, or without splitting when it is null.</summary>
    public GermanChainAnalyzer(CharArraySet? compoundParts)
    {
        // Tokens reach the splitter lower-cased, so a case-sensitive copy finds the same parts without lower-casing
        // every character of every candidate part per lookup (which a case-insensitive set does, through the culture).
        this.compoundParts = compoundParts is null ? null : new CharArraySet(ArticleAnalyzer.Version, compoundParts, ignoreCase: false);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ArticleAnalyzer.Version, reader);
        TokenStream stream = new LimitTokenCountFilter(tokenizer, ArticleAnalyzer.MaxTokensPerField);
        stream = new InvariantLowerCaseFilter(stream);
        if (compoundParts is not null)
        {
            stream = new GermanCompoundPartFilter(stream, compoundParts);
        }

        stream = new StopFilter(ArticleAnalyzer.Version, stream, GermanAnalyzer.DefaultStopSet);
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanGenitiveFilter(stream);
        stream = new GermanLightStemFilter(stream);
        if (compoundParts is not null)
        {
            // A repeated part, or a part stemming to the same term as another, would only inflate term frequency.
            stream = new RemoveDuplicatesTokenFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
