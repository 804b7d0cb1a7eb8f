using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Bounds what the prefixes of one query (co*, kazakh*) read: a prefix is answered by walking the postings of every
/// term it expands to, so "co*" over six fields reads hundreds of thousands of postings at 56,651 articles and ten times
/// more at a million. When the expanded terms of all prefixes together hold more than <see cref="MaxPostings"/>
/// postings (the sum of their document frequencies), or are more than <see cref="MaxTerms"/>, only the most frequent
/// terms that fit are kept: the words a reader most likely meant, at a cost that no longer grows with the index.
/// </summary>
internal static class PrefixBound
{
    /// <summary>The postings all prefixes of one query may read together.</summary>
    public const long MaxPostings = 200_000;

    /// <summary>The expanded terms all prefixes of one query may keep together: each kept term is one seek per segment.</summary>
    public const int MaxTerms = 1_000;

    /// <summary>Terms looked at per prefix and field; a prefix expanding to more is cut at the ones seen.</summary>
    public const int MaxTermsScanned = 20_000;

    /// <summary>Added to the response when a prefix was cut.</summary>
    public const string Notice = "A wildcard matched very many words: only the most frequent of them were searched.";

    /// <summary>
    /// <paramref name="query"/> with its prefixes cut to <paramref name="maxPostings"/> postings and
    /// <paramref name="maxTerms"/> terms in all; <paramref name="cut"/> says whether any was.
    /// </summary>
    public static Query Bound(IndexReader reader, Query query, out bool cut, long maxPostings = MaxPostings, int maxTerms = MaxTerms)
    {
        cut = false;
        if (!QueryLeaves.Any(query, static leaf => leaf is PrefixQuery))
        {
            return query;
        }

        var prefixes = QueryLeaves.Of(query).OfType<PrefixQuery>().ToList();

        var scannedAll = true;
        var all = new List<(PrefixQuery Prefix, BytesRef Bytes, int DocFreq)>();
        foreach (var prefix in prefixes.Distinct(ReferenceEqualityComparer.Instance).Cast<PrefixQuery>())
        {
            all.AddRange(Expand(reader, prefix, out var complete).Select(term => (prefix, term.Bytes, term.DocFreq)));
            scannedAll &= complete;
        }

        if (scannedAll && all.Count <= maxTerms && all.Sum(t => (long)t.DocFreq) <= maxPostings)
        {
            return query;
        }

        cut = true;
        var kept = new Dictionary<PrefixQuery, List<BytesRef>>(ReferenceEqualityComparer.Instance);
        long postings = 0;
        var terms = 0;
        foreach (var (prefix, bytes, docFreq) in all.OrderByDescending(t => t.DocFreq))
        {
            if (terms == maxTerms)
            {
                break;
            }

            if (postings + docFreq > maxPostings)
            {
                continue;
            }

            postings += docFreq;
            terms++;
            (kept.TryGetValue(prefix, out var list) ? list : kept[prefix] = []).Add(bytes);
        }

        return Replace(query, prefix => Terms(prefix, kept.GetValueOrDefault(prefix) ?? []));
    }

    // The terms of the field starting with the prefix, with their document frequencies, up to MaxTermsScanned.
    private static List<(BytesRef Bytes, int DocFreq)> Expand(IndexReader reader, PrefixQuery query, out bool complete)
    {
        var found = new List<(BytesRef, int)>();
        complete = true;
        var terms = MultiFields.GetTerms(reader, query.Prefix.Field);
        if (terms is null)
        {
            return found;
        }

        var prefix = query.Prefix.Bytes;
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        do
        {
            var term = enumerator.Term;
            if (!StringHelper.StartsWith(term, prefix))
            {
                break;
            }

            if (found.Count == MaxTermsScanned)
            {
                complete = false;
                break;
            }

            found.Add((BytesRef.DeepCopyOf(term), enumerator.DocFreq));
        }
        while (enumerator.MoveNext());

        return found;
    }

    // The kept terms of one prefix, scored as the prefix was: one constant score at its boost.
    private static ChosenTermsQuery Terms(PrefixQuery prefix, List<BytesRef> kept) =>
        new(prefix.Prefix.Field, kept, prefix.Prefix.Text + "*") { Boost = prefix.Boost };

    private static Query Replace(Query query, Func<PrefixQuery, Query> replacement) =>
        QueryLeaves.Replace(query, leaf => leaf is PrefixQuery prefix ? replacement(prefix) : null);
}
