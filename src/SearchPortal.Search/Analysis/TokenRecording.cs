using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Search.Analysis;

/// <summary>
/// The tokens StandardTokenizer gives for one text, up to <see cref="ArticleAnalyzer.MaxTokensPerField"/>, with what
/// its End reports: enough for <see cref="RecalledTokenizer"/> to give them again without scanning the text.
/// </summary>
internal sealed class TokenRecording
{
    private char[] text = new char[1024];
    private char[] terms = new char[1024];
    private int[] termStarts = new int[256];
    private int[] termLengths = new int[256];
    private int[] startOffsets = new int[256];
    private int[] endOffsets = new int[256];
    private int[] positionIncrements = new int[256];
    private string[] types = new string[256];
    private readonly CharsReader reader = new();
    private int termsLength;

    /// <summary>The text the tokens were read from.</summary>
    public ReadOnlySpan<char> Text => text.AsSpan(0, TextLength);

    public int TextLength { get; private set; }

    /// <summary>Changes with every text recorded, so a reader of the tokens notices they were replaced.</summary>
    public int Version { get; private set; }

    public int Count { get; private set; }

    /// <summary>True when the tokenizer reached the end of the text within the cap, so the tokens are all there are.</summary>
    public bool Complete { get; private set; }

    /// <summary>The offset StandardTokenizer's End reports once the text is exhausted: the text's length.</summary>
    public int FinalOffset { get; private set; }

    /// <summary>The position increment End reports once the text is exhausted: over-long tokens skipped at the end.</summary>
    public int FinalPositionIncrement { get; private set; }

    public ReadOnlySpan<char> Term(int index) => terms.AsSpan(termStarts[index], termLengths[index]);

    public int StartOffset(int index) => startOffsets[index];

    public int EndOffset(int index) => endOffsets[index];

    public int PositionIncrement(int index) => positionIncrements[index];

    public string Type(int index) => types[index];

    /// <summary>Reads <paramref name="source"/> through <paramref name="tokenizer"/>, a closed one this recording may use, and keeps what it gives.</summary>
    public void Record(ReadOnlySpan<char> source, StandardTokenizer tokenizer)
    {
        if (text.Length < source.Length)
        {
            text = new char[Math.Max(text.Length * 2, source.Length)];
        }

        source.CopyTo(text);
        TextLength = source.Length;
        Version++;
        reader.Start(text, TextLength);
        tokenizer.SetReader(reader);
        Count = 0;
        termsLength = 0;
        Complete = false;
        FinalOffset = 0;
        FinalPositionIncrement = 0;

        var term = tokenizer.GetAttribute<ICharTermAttribute>();
        var offset = tokenizer.GetAttribute<IOffsetAttribute>();
        var position = tokenizer.GetAttribute<IPositionIncrementAttribute>();
        var type = tokenizer.GetAttribute<ITypeAttribute>();
        tokenizer.Reset();
        try
        {
            while (Count < ArticleAnalyzer.MaxTokensPerField)
            {
                if (!tokenizer.IncrementToken())
                {
                    tokenizer.End();
                    Complete = true;
                    FinalOffset = offset.EndOffset;
                    FinalPositionIncrement = position.PositionIncrement;
                    return;
                }

                Add(term.Buffer.AsSpan(0, term.Length), offset.StartOffset, offset.EndOffset, position.PositionIncrement, type.Type);
            }

            tokenizer.End();
        }
        finally
        {
            tokenizer.Dispose();
        }
    }

    private void Add(ReadOnlySpan<char> term, int start, int end, int positionIncrement, string type)
    {
        if (Count == termStarts.Length)
        {
            var size = Count * 2;
            Array.Resize(ref termStarts, size);
            Array.Resize(ref termLengths, size);
            Array.Resize(ref startOffsets, size);
            Array.Resize(ref endOffsets, size);
            Array.Resize(ref positionIncrements, size);
            Array.Resize(ref types, size);
        }

        if (termsLength + term.Length > terms.Length)
        {
            Array.Resize(ref terms, Math.Max(terms.Length * 2, termsLength + term.Length));
        }

        term.CopyTo(terms.AsSpan(termsLength));
        termStarts[Count] = termsLength;
        termLengths[Count] = term.Length;
        termsLength += term.Length;
        startOffsets[Count] = start;
        endOffsets[Count] = end;
        positionIncrements[Count] = positionIncrement;
        types[Count] = type;
        Count++;
    }

    /// <summary>A reader over the recording's copy of the text, so a text is scanned without becoming a string.</summary>
    private sealed class CharsReader : TextReader
    {
        private char[] chars = [];
        private int length;
        private int position;

        public void Start(char[] source, int sourceLength)
        {
            chars = source;
            length = sourceLength;
            position = 0;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, length - position);
            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(chars, position, buffer, index, n);
            position += n;
            return n;
        }

        public override int Read() => position < length ? chars[position++] : -1;

        public override int Peek() => position < length ? chars[position] : -1;

        // The tokenizer closes its reader after each text; this one serves the recording's next text.
        protected override void Dispose(bool disposing)
        {
        }
    }
}
