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
/// <para>
/// Keying every capitalised token, and copying every lower-case one into a set of strings, was about a tenth of the
/// indexing CPU. So the capitalised words met stay known across values, each with its key and its lower-case form,
/// and the lower-case tokens of a value are only copied into one buffer, then looked up among the lower-case forms of
/// that value's capitalised words (a set of a few dozen). The filter belongs to one indexing thread's chain, like
/// every Lucene token stream.
/// </para>
/// </remarks>
internal sealed class NameKeyFilter : TokenFilter
{
    /// <summary>Distinct capitalised words kept known before the memory starts over (a few MB per indexing thread).</summary>
    private const int MaxKnownWords = 50_000;

    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly Dictionary<string, CapitalisedWord> known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CapitalisedWord>.AlternateLookup<ReadOnlySpan<char>> knownBySpan;
    private readonly List<(CapitalisedWord Word, int Start, int End)> capitalised = [];
    private readonly List<(int Start, int Length)> lowerCaseWords = [];
    private readonly HashSet<string> candidates = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> candidatesBySpan;
    private readonly HashSet<string> writtenInLowerCase = new(StringComparer.Ordinal);
    private char[] lowerCaseText = new char[1024];
    private int lowerCaseLength;
    private int next = -1;

    /// <summary>Works on tokens of <paramref name="input"/> as the tokenizer wrote them, capitals intact.</summary>
    public NameKeyFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        knownBySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
        candidatesBySpan = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
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
            var (word, start, end) = capitalised[next++];
            if (writtenInLowerCase.Contains(word.LowerCase))
            {
                continue;
            }

            ClearAttributes();
            termAtt.SetEmpty().Append(word.Key);
            offsetAtt.SetOffset(start, end);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        if (known.Count > MaxKnownWords)
        {
            known.Clear();
        }

        capitalised.Clear();
        lowerCaseWords.Clear();
        lowerCaseLength = 0;
        Forget(candidates);
        Forget(writtenInLowerCase);
        next = -1;
    }

    private static void Forget(HashSet<string> set)
    {
        // Clear zeroes the whole table, which one value with thousands of words would leave large for every later one.
        set.Clear();
        if (set.Capacity > 1024)
        {
            set.TrimExcess();
        }
    }

    private void ReadAll()
    {
        while (m_input.IncrementToken())
        {
            var length = termAtt.Length;
            if (length < NameSpellingKey.MinLength)
            {
                continue;
            }

            var text = termAtt.Buffer.AsSpan(0, length);
            if (!char.IsUpper(text[0]))
            {
                KeepLowerCase(text);
            }
            else if (Known(text) is { Key: not null } word)
            {
                capitalised.Add((word, offsetAtt.StartOffset, offsetAtt.EndOffset));
            }
        }

        if (capitalised.Count == 0)
        {
            return;
        }

        foreach (var (word, _, _) in capitalised)
        {
            candidates.Add(word.LowerCase);
        }

        foreach (var (start, length) in lowerCaseWords)
        {
            if (candidatesBySpan.TryGetValue(lowerCaseText.AsSpan(start, length), out var candidate))
            {
                writtenInLowerCase.Add(candidate);
            }
        }
    }

    private void KeepLowerCase(ReadOnlySpan<char> text)
    {
        if (lowerCaseLength + text.Length > lowerCaseText.Length)
        {
            Array.Resize(ref lowerCaseText, Math.Max(lowerCaseText.Length * 2, lowerCaseLength + text.Length));
        }

        text.CopyTo(lowerCaseText.AsSpan(lowerCaseLength));
        lowerCaseWords.Add((lowerCaseLength, text.Length));
        lowerCaseLength += text.Length;
    }

    private CapitalisedWord Known(ReadOnlySpan<char> text)
    {
        if (!knownBySpan.TryGetValue(text, out var word))
        {
            var made = text.ToString();
            word = new CapitalisedWord(NameSpellingKey.Of(made), made.ToLowerInvariant());
            known.Add(made, word);
        }

        return word;
    }

    /// <summary>A capitalised word's spelling key (null when it has none) and the word lower-cased.</summary>
    private sealed record CapitalisedWord(string? Key, string LowerCase);
}
