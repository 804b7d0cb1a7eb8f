using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Querying;

/// <summary>Builds the query for one text in one field, analyzed the way that field was indexed.</summary>
internal sealed class FieldQueryFactory(Analyzer analyzer)
{
    private readonly List<List<Term>> columns = [];
    private readonly List<int> positions = [];

    /// <summary>
    /// One token: a term query; several at one position (synonyms, compound parts): any of them;
    /// several positions: a phrase, a multi-phrase where a position holds several. Null when analysis leaves nothing.
    /// </summary>
    /// <param name="perPosition">Divide the boost by the number of positions: a phrase scores the sum of its terms'
    /// weights, which would let a long alternative spelling outscore the one-word spelling the reader typed.</param>
    public Query? ForText(string field, string text, float boost, bool perPosition = false)
    {
        Analyze(field, text);
        if (columns.Count == 0)
        {
            return null;
        }

        Query query;
        if (columns.Count == 1)
        {
            query = columns[0].Count == 1 ? new TermQuery(columns[0][0]) : AnyOf(columns[0]);
        }
        else if (columns.TrueForAll(column => column.Count == 1))
        {
            var phrase = new PhraseQuery();
            for (var i = 0; i < columns.Count; i++)
            {
                phrase.Add(columns[i][0], positions[i]);
            }

            query = phrase;
        }
        else
        {
            var phrase = new MultiPhraseQuery();
            for (var i = 0; i < columns.Count; i++)
            {
                phrase.Add([.. columns[i]], positions[i]);
            }

            query = phrase;
        }

        query.Boost = perPosition ? boost / columns.Count : boost;
        return query;
    }

    /// <summary>
    /// Prefix queries are not analyzed, so the prefix is tried lowercased and ASCII-folded (how the neutral and German
    /// chains store "Außen..."). Constant-score rewrite: no clause-count limit however many terms the prefix expands to.
    /// </summary>
    public void AddPrefixes(string field, string prefix, float boost, ICollection<Query> into)
    {
        var lower = prefix.ToLowerInvariant();
        into.Add(Prefix(field, lower, boost));
        var folded = Fold(lower);
        if (!string.Equals(folded, lower, StringComparison.Ordinal))
        {
            into.Add(Prefix(field, folded, boost));
        }
    }

    /// <summary>The word itself as one term, for fields whose chain keeps what the language chains drop as stop words.</summary>
    public static Query Literal(string field, string word, float boost) =>
        new TermQuery(new Term(field, word.ToLowerInvariant())) { Boost = boost };

    private static PrefixQuery Prefix(string field, string prefix, float boost) => new(new Term(field, prefix))
    {
        Boost = boost,
        MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT,
    };

    private static BooleanQuery AnyOf(List<Term> terms)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            any.Add(new TermQuery(term), Occur.SHOULD);
        }

        return any;
    }

    private static string Fold(string text)
    {
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    private void Analyze(string field, string text)
    {
        columns.Clear();
        positions.Clear();
        var position = -1;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var step = increment.PositionIncrement;
            var token = new Term(field, term.ToString());
            if (step > 0 || columns.Count == 0)
            {
                position += Math.Max(step, 1);
                columns.Add([token]);
                positions.Add(position);
            }
            else
            {
                columns[^1].Add(token);
            }
        }

        stream.End();
    }
}
