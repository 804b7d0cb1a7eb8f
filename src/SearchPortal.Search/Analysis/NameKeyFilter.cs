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
/// Keying every capitalised token, and copying every lower-case one into a set of strings cleared for each value, was
/// about a tenth of the indexing CPU. So the capitalised words met stay known across values, each with its key and its
/// lower-case form, and the lower-case tokens of a value are copied into one buffer, then looked up among the forms of
/// that value's capitalised words (<see cref="LowerCaseCandidates"/>). The filter belongs to one indexing thread's
/// chain, like every Lucene token stream.
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
    private readonly Dictionary<string, LowerCaseForm> lowerCaseForms = new(StringComparer.Ordinal);
    private readonly List<(CapitalisedWord Word, int Start, int End)> capitalised = [];
    private readonly List<(int Start, int Length)> lowerCaseWords = [];
    private readonly LowerCaseCandidates candidates = new();
    private char[] lowerCaseText = new char[1024];
    private int lowerCaseLength;

    // Stamps the value being read, so that "written in lower case in this value" needs no set cleared per value.
    private int value;
    private int next = -1;

    /// <summary>Works on tokens of <paramref name="input"/> as the tokenizer wrote them, capitals intact.</summary>
    public NameKeyFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        knownBySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (word.LowerCase.WrittenIn == value)
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
            lowerCaseForms.Clear();
        }

        capitalised.Clear();
        lowerCaseWords.Clear();
        lowerCaseLength = 0;
        value++;
        next = -1;
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

        // Only now are all the capitalised words of the value known, and with them the lower-case words that matter.
        candidates.Start();
        foreach (var (word, _, _) in capitalised)
        {
            if (word.LowerCase.ListedIn != value)
            {
                word.LowerCase.ListedIn = value;
                candidates.Add(word.LowerCase);
            }
        }

        foreach (var (start, length) in lowerCaseWords)
        {
            if (candidates.Find(lowerCaseText.AsSpan(start, length)) is { } form)
            {
                form.WrittenIn = value;
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
            var lower = made.ToLowerInvariant();
            if (!lowerCaseForms.TryGetValue(lower, out var form))
            {
                lowerCaseForms.Add(lower, form = new LowerCaseForm(lower));
            }

            word = new CapitalisedWord(NameSpellingKey.Of(made), form);
            known.Add(made, word);
        }

        return word;
    }

    /// <summary>A capitalised word's spelling key (null when it has none) and the word lower-cased.</summary>
    private sealed record CapitalisedWord(string? Key, LowerCaseForm LowerCase);
}
