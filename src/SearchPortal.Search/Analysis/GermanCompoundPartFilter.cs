using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace SearchPortal.Search.Analysis;

/// <summary>Emits the parts of German compounds after the compound itself, at the same position and with its offsets.</summary>
/// <remarks>
/// Plays the role of Lucene's DictionaryCompoundWordTokenFilter but decides the parts with
/// <see cref="GermanCompoundSegmenter"/> (full coverage) instead of "any dictionary word anywhere", see there for the
/// measurements. Like the Lucene filter since 4.4, parts keep the whole word's offsets so highlighting marks the
/// compound, and have position increment 0 so phrase queries over the compound still work. Their token type tells a
/// single part (<see cref="PartType"/>) from a run of several (<see cref="RunType"/>): a query requires the single parts.
/// </remarks>
internal sealed class GermanCompoundPartFilter : TokenFilter
{
    /// <summary>Shortest part emitted. 3-letter parts (Rat, Amt, Ion) sit inside too many unrelated words.</summary>
    public const int MinPartLength = 4;

    /// <summary>Longest part looked up in the word list.</summary>
    public const int MaxPartLength = 20;

    /// <summary>Token type of a single part ("außen", "minister", "treffen" of "Außenministertreffen").</summary>
    public const string PartType = "<compound-part>";

    /// <summary>Token type of a run of adjacent parts short of the whole word ("außenminister").</summary>
    public const string RunType = "<compound-run>";

    private readonly ICharTermAttribute termAtt;
    private readonly IPositionIncrementAttribute positionAtt;
    private readonly ITypeAttribute typeAtt;
    private readonly GermanCompoundSegmenter segmenter;
    private readonly List<(int Start, int Length)> pendingParts = [];
    private char[] compound = new char[32];
    private int nextPart;
    private int singleParts;
    private State? compoundState;

    /// <summary>Splits lower-cased tokens of <paramref name="input"/> with the given lower-case part list.</summary>
    public GermanCompoundPartFilter(TokenStream input, CharArraySet parts)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        positionAtt = AddAttribute<IPositionIncrementAttribute>();
        typeAtt = AddAttribute<ITypeAttribute>();
        segmenter = new GermanCompoundSegmenter(parts, MinPartLength, MaxPartLength);
    }

    public override bool IncrementToken()
    {
        if (nextPart < pendingParts.Count)
        {
            var (start, length) = pendingParts[nextPart];
            RestoreState(compoundState);
            termAtt.CopyBuffer(compound, start, length);
            positionAtt.PositionIncrement = 0;
            typeAtt.Type = nextPart < singleParts ? PartType : RunType;
            nextPart++;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        pendingParts.Clear();
        nextPart = 0;
        int termLength = termAtt.Length;
        if (termLength >= 2 * MinPartLength)
        {
            // The term buffer is overwritten by each emitted part, so the compound is kept aside.
            if (compound.Length < termLength)
            {
                compound = new char[termLength];
            }

            Array.Copy(termAtt.Buffer, compound, termLength);
            singleParts = segmenter.Segment(compound, termLength, pendingParts);
            if (pendingParts.Count > 0)
            {
                compoundState = CaptureState();
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pendingParts.Clear();
        nextPart = 0;
        singleParts = 0;
        compoundState = null;
    }
}
