using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Search.Analysis;

/// <summary>Lower-cases tokens exactly as Lucene's LowerCaseFilter does, with plain ASCII tokens lowered in place.</summary>
/// <remarks>
/// LowerCaseFilter sends every token through the invariant culture's span ToLower, a call into ICU that took about
/// a sixth of the indexing CPU on the mixed corpus. Most tokens are ASCII, where invariant lower-casing only maps A-Z,
/// so those are lowered here; any token with another character still takes the culture call, so terms are unchanged.
/// </remarks>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;

    public InvariantLowerCaseFilter(TokenStream input)
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

        var term = termAtt.Buffer.AsSpan(0, termAtt.Length);
        if (System.Text.Ascii.IsValid(term))
        {
            System.Text.Ascii.ToLowerInPlace(term, out _);
        }
        else
        {
            // The same call LowerCaseFilter makes (through CharacterUtils), into a copy since it cannot work in place.
            Span<char> lowered = term.Length <= 128 ? stackalloc char[term.Length] : new char[term.Length];
            term.ToLower(lowered, CultureInfo.InvariantCulture);
            lowered.CopyTo(term);
        }

        return true;
    }
}
