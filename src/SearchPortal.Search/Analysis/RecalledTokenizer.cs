using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Search.Analysis;

/// <summary>
/// StandardTokenizer's tokens, attributes and End for a text, from the thread's <see cref="TokenMemory"/>: the text is
/// scanned by the first chain that reads it and replayed to the others.
/// </summary>
/// <remarks>
/// Gives at most <see cref="ArticleAnalyzer.MaxTokensPerField"/> tokens, so every chain caps its tokens at that (which
/// LimitTokenCountFilter does right after it). End reports what StandardTokenizer reports where the consumer stopped:
/// the text's length once the tokens ran out, else the end of the last token given; a multi-valued field places its
/// next value by it.
/// </remarks>
internal sealed class RecalledTokenizer : Tokenizer
{
    private readonly ThreadLocal<TokenMemory> memories;
    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute positionAtt;
    private readonly ITypeAttribute typeAtt;
    private char[] text = new char[1024];
    private int length;
    private TokenRecording? recording;
    private int recorded;
    private int next;
    private bool exhausted;

    public RecalledTokenizer(ThreadLocal<TokenMemory> memories, TextReader reader)
        : base(reader)
    {
        this.memories = memories;
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        positionAtt = AddAttribute<IPositionIncrementAttribute>();
        typeAtt = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        var tokens = Tokens();
        ClearAttributes();
        if (next == tokens.Count)
        {
            if (!tokens.Complete)
            {
                throw new InvalidOperationException($"A chain read past the {ArticleAnalyzer.MaxTokensPerField:N0} tokens a field keeps.");
            }

            exhausted = true;
            return false;
        }

        var term = tokens.Term(next);
        termAtt.ResizeBuffer(term.Length);
        term.CopyTo(termAtt.Buffer);
        termAtt.Length = term.Length;
        offsetAtt.SetOffset(CorrectOffset(tokens.StartOffset(next)), CorrectOffset(tokens.EndOffset(next)));
        positionAtt.PositionIncrement = tokens.PositionIncrement(next);
        typeAtt.Type = tokens.Type(next);
        next++;
        return true;
    }

    public override void End()
    {
        base.End();
        var tokens = recording is null ? null : Tokens();
        int finalOffset;
        var positionIncrement = 0;
        if (tokens is null || (next == 0 && !exhausted))
        {
            finalOffset = 0;
        }
        else if (exhausted)
        {
            finalOffset = tokens.FinalOffset;
            positionIncrement = tokens.FinalPositionIncrement;
        }
        else
        {
            // Over-long tokens skipped just before the last one given, as StandardTokenizer still counts them here.
            finalOffset = tokens.EndOffset(next - 1);
            positionIncrement = tokens.PositionIncrement(next - 1) - 1;
        }

        finalOffset = CorrectOffset(finalOffset);
        offsetAtt.SetOffset(finalOffset, finalOffset);
        positionAtt.PositionIncrement += positionIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        length = 0;
        int read;
        while ((read = m_input.Read(text, length, text.Length - length)) > 0)
        {
            length += read;
            if (length == text.Length)
            {
                Array.Resize(ref text, text.Length * 2);
            }
        }

        next = 0;
        exhausted = false;
        Recall();
    }

    private TokenRecording Tokens()
    {
        if (recording is null)
        {
            throw new InvalidOperationException("TokenStream contract violation: Reset() call missing.");
        }

        if (recording.Version != recorded)
        {
            // Another stream of this thread, read in between, made the memory record over this text's tokens.
            Recall();
        }

        return recording;
    }

    private void Recall()
    {
        recording = memories.Value!.Recall(text.AsSpan(0, length));
        recorded = recording.Version;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            recording = null;
        }
    }
}
