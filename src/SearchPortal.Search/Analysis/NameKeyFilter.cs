using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Core.Language;

namespace SearchPortal.Search.Analysis;

/// <summary>
/// Keeps the capitalised words of the text that the text never writes in lower case, as their
/// <see cref="NameSpellingKey"/>, and drops every other token.
/// </summary>
/// <remarks>
/// Names are written with a capital in both languages; keying only those keeps the key field to a fraction of the
/// text (German nouns are capitalised too, and cost what they cost) and keeps lower-case common words out of it. A
/// capitalised word the same text also writes in lower case is an ordinary word at the start of a sentence or in a
/// title ("Last year", "Lässt sich"), not a name: keyed, it matched a false friend ("last" found German "lässt").
/// The whole value is read before the first key is given, so a word written in lower case only later still counts.
/// </remarks>
internal sealed class NameKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly List<(string Word, string Key, int Start, int End)> capitalised = [];
    private readonly HashSet<string> lowerCase = new(StringComparer.Ordinal);
    private int next = -1;

    /// <summary>Works on tokens of <paramref name="input"/> as the tokenizer wrote them, capitals intact.</summary>
    public NameKeyFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next < 0)
        {
            ReadAll();
            next = 0;
        }

        while (next < capitalised.Count)
        {
            var (word, key, start, end) = capitalised[next++];
            if (lowerCase.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            ClearAttributes();
            termAtt.SetEmpty().Append(key);
            offsetAtt.SetOffset(start, end);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        capitalised.Clear();
        lowerCase.Clear();
        next = -1;
    }

    private void ReadAll()
    {
        while (m_input.IncrementToken())
        {
            if (termAtt.Length < NameSpellingKey.MinLength)
            {
                continue;
            }

            var word = termAtt.ToString();
            if (!char.IsUpper(word[0]))
            {
                lowerCase.Add(word);
            }
            else if (NameSpellingKey.Of(word) is { } key)
            {
                capitalised.Add((word, key, offsetAtt.StartOffset, offsetAtt.EndOffset));
            }
        }
    }
}
