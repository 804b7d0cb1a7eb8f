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
/// The words this filter has met stay known across values, each with its key and the last value that wrote it in
/// lower case, so that a word repeated in an article or across articles is neither copied into a new string nor keyed
/// again: keying every capitalised token was about a tenth of the indexing CPU. The filter belongs to one indexing
/// thread's chain, like every Lucene token stream.
/// </para>
/// </remarks>
internal sealed class NameKeyFilter : TokenFilter
{
    /// <summary>Distinct words kept known before the memory starts over (a few MB per indexing thread).</summary>
    private const int MaxKnownWords = 100_000;

    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly List<(KnownWord Word, int Start, int End)> capitalised = [];
    private readonly Dictionary<string, KnownWord> known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownWord>.AlternateLookup<ReadOnlySpan<char>> knownBySpan;

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
            if (LowerCaseOf(word).WrittenInLowerCaseIn == value)
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
        capitalised.Clear();
        if (known.Count > MaxKnownWords)
        {
            known.Clear();
        }

        value++;
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

            var word = Known(termAtt.Buffer.AsSpan(0, termAtt.Length));
            if (!char.IsUpper(word.Text[0]))
            {
                word.WrittenInLowerCaseIn = value;
            }
            else if (word.Key is not null)
            {
                capitalised.Add((word, offsetAtt.StartOffset, offsetAtt.EndOffset));
            }
        }
    }

    private KnownWord Known(ReadOnlySpan<char> text)
    {
        if (!knownBySpan.TryGetValue(text, out var word))
        {
            var made = text.ToString();
            word = new KnownWord(made);
            known.Add(made, word);
        }

        return word;
    }

    private KnownWord LowerCaseOf(KnownWord word)
    {
        // Words are only forgotten at Reset, all at once, so a word met in this value links to no forgotten one.
        return word.LowerCase ??= Known(word.Text.ToLowerInvariant());
    }

    private sealed class KnownWord(string text)
    {
        private bool keyed;
        private string? key;

        public string Text { get; } = text;

        /// <summary>The word's spelling key, or null when it has none; only asked of capitalised words.</summary>
        public string? Key
        {
            get
            {
                if (!keyed)
                {
                    key = NameSpellingKey.Of(Text);
                    keyed = true;
                }

                return key;
            }
        }

        /// <summary>The value that last wrote this word, as it is, with a first letter in lower case.</summary>
        public int WrittenInLowerCaseIn { get; set; }

        /// <summary>The known word of this word lower-cased, once asked.</summary>
        public KnownWord? LowerCase { get; set; }
    }
}
