using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Search.Analysis;

/// <summary>Drops the genitive -s after -er ("Außenministers" to "Außenminister") ahead of the light stemmer.</summary>
/// <remarks>
/// GermanLightStemmer strips a final -s only after b, d, f, g, h, k, l, m, n or t, so "Ministers" kept its s and did
/// not meet "Minister". In news text the -ers ending is almost always this genitive (Präsidenten, Kanzlers,
/// Vertreters); the few other words ending so ("anders") are stop words.
/// </remarks>
internal sealed class GermanGenitiveFilter : TokenFilter
{
    private const int MinLength = 6;

    private readonly ICharTermAttribute termAtt;

    /// <summary>Works on lower-cased tokens of <paramref name="input"/>.</summary>
    public GermanGenitiveFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        int length = termAtt.Length;
        char[] buffer = termAtt.Buffer;
        if (length >= MinLength && buffer[length - 1] == 's' && buffer[length - 2] == 'r' && buffer[length - 3] == 'e')
        {
            termAtt.Length = length - 1;
        }

        return true;
    }
}
