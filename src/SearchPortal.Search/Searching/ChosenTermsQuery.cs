using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The terms of one field chosen from a prefix's expansion (<see cref="PrefixBound"/>), matched like the prefix was: at
/// one constant score, through a bit set filled from their postings, so a few hundred terms cost no scorer heap.
/// </summary>
internal sealed class ChosenTermsQuery : MultiTermQuery
{
    private readonly BytesRef[] terms;
    private readonly string label;

    /// <summary><paramref name="label"/> names the query in its text form (the prefix it was cut from).</summary>
    public ChosenTermsQuery(string field, IEnumerable<BytesRef> chosen, string label)
        : base(field)
    {
        terms = [.. chosen];
        Array.Sort(terms, BytesRef.UTF8SortedAsUnicodeComparer);
        this.label = label;
        MultiTermRewriteMethod = CONSTANT_SCORE_FILTER_REWRITE;
    }

    public int Count => terms.Length;

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => new ChosenTermsEnum(terms.GetEnumerator(), this.terms);

    public override string ToString(string field) =>
        (field == Field ? "" : Field + ":") + label + "[" + terms.Length + " terms]" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is ChosenTermsQuery other && base.Equals(other) && terms.SequenceEqual(other.terms);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), terms.Length, terms.Length > 0 ? terms[0].GetHashCode() : 0);

    // Seeks from one chosen term to the next, so only the chosen terms are visited, whatever the field holds.
    private sealed class ChosenTermsEnum(TermsEnum inner, BytesRef[] chosen) : FilteredTermsEnum(inner, startWithSeek: true)
    {
        private int next;

        protected override BytesRef? NextSeekTerm(BytesRef currentTerm) => next < chosen.Length ? chosen[next++] : null;

        protected override AcceptStatus Accept(BytesRef term) =>
            term.BytesEquals(chosen[next - 1]) ? AcceptStatus.YES_AND_SEEK : AcceptStatus.NO_AND_SEEK;
    }
}
