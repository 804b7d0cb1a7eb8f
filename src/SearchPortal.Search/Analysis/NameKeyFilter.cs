using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Core.Language;

namespace SearchPortal.Search.Analysis;

/// <summary>Keeps the capitalised words of the text as their <see cref="NameSpellingKey"/>, and drops every other token.</summary>
/// <remarks>
/// Names are written with a capital in both languages; keying only those keeps the key field to a fraction of the
/// text (German nouns are capitalised too, and cost what they cost) and keeps lower-case common words out of it.
/// </remarks>
internal sealed class NameKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;

    /// <summary>Works on tokens of <paramref name="input"/> as the tokenizer wrote them, capitals intact.</summary>
    public NameKeyFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (termAtt.Length < NameSpellingKey.MinLength || !char.IsUpper(termAtt.Buffer[0]))
            {
                continue;
            }

            if (NameSpellingKey.Of(termAtt.ToString()) is { } key)
            {
                termAtt.SetEmpty().Append(key);
                return true;
            }
        }

        return false;
    }
}
