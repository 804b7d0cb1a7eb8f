using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// Every value of a facet dimension whose name, or a spelling of it the vocabulary knows in English or German, has a
/// word starting with a prefix, with the number of live articles carrying it. Read from the terms of the dimension's
/// index field: their number is the number of distinct values, whatever the number of articles. Thread-safe.
/// </summary>
internal sealed class FacetValueLookup(FacetVocabulary vocabulary)
{
    // The spelling keys of each value, worked out once: the vocabulary is immutable.
    private readonly ConcurrentDictionary<(string Dimension, string Value), string[]> keys = new();

    /// <summary>The best <paramref name="count"/> matching values, most articles first.</summary>
    public IReadOnlyList<FacetCount> Find(IndexReader reader, string dimension, string prefix, bool mentions, int count)
    {
        var field = FacetFields.FieldOf(dimension, mentions);
        var wanted = FacetVocabulary.KeyOf(prefix);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var found = new List<FacetCount>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is not null)
        {
            var iterator = FacetFields.For(field) is YearFacetField ? NumericUtils.FilterPrefixCodedInt32s(terms.GetEnumerator()) : terms.GetEnumerator();
            var year = dimension == FacetDimension.Year;
            while (iterator.MoveNext())
            {
                var value = year
                    ? NumericUtils.PrefixCodedToInt32(iterator.Term).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : iterator.Term.Utf8ToString();
                if (Matches(dimension, value, wanted))
                {
                    found.Add(new FacetCount(value, LiveCount(iterator, liveDocs), false));
                }
            }
        }

        if (dimension == FacetDimension.Year && Matches(dimension, FacetVocabulary.UndatedYear, wanted))
        {
            var undated = Undated(reader);
            if (undated > 0)
            {
                found.Add(new FacetCount(FacetVocabulary.UndatedYear, undated, false));
            }
        }

        found.RemoveAll(value => value.Count == 0);
        found.Sort(static (a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return found.Count > count ? found.GetRange(0, Math.Max(0, count)) : found;
    }

    // docFreq counts deleted documents until their segment is merged; then the postings are walked past them.
    private static int LiveCount(TermsEnum iterator, IBits? liveDocs)
    {
        if (liveDocs is null)
        {
            return iterator.DocFreq;
        }

        var docs = iterator.Docs(liveDocs, null, DocsFlags.NONE);
        var live = 0;
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            live++;
        }

        return live;
    }

    private static int Undated(IndexReader reader)
    {
        var counter = new TotalHitCountCollector();
        new IndexSearcher(reader).Search(FacetFields.Year.Matching([FacetVocabulary.UndatedYear]), counter);
        return counter.TotalHits;
    }

    private bool Matches(string dimension, string value, string wanted)
    {
        if (wanted.Length == 0)
        {
            return true;
        }

        foreach (var key in keys.GetOrAdd((dimension, value), static (k, self) => self.SpellingKeys(k.Dimension, k.Value), this))
        {
            // At the start of any word of the spelling: "jinping" finds Xi Jinping.
            for (var at = 0; at >= 0 && at < key.Length; at = NextWord(key, at))
            {
                if (key.AsSpan(at).StartsWith(wanted, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextWord(string key, int at)
    {
        var space = key.IndexOf(' ', at);
        return space < 0 ? -1 : space + 1;
    }

    private string[] SpellingKeys(string dimension, string value)
    {
        IEnumerable<string> spellings = dimension switch
        {
            FacetDimension.Language => [value, LanguageName(value, german: false), LanguageName(value, german: true)],
            FacetDimension.Year when value == FacetVocabulary.UndatedYear => [value, "Undatiert"],
            _ => vocabulary.Find(dimension, value) is { } entry && entry.Canonical == value ? [value, .. entry.Aliases] : [value],
        };
        return [.. spellings.Select(FacetVocabulary.KeyOf).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private static string LanguageName(string code, bool german) => code switch
    {
        ArticleLanguage.English => german ? "Englisch" : "English",
        ArticleLanguage.German => german ? "Deutsch" : "German",
        _ => german ? "Unbestimmt" : "Undetermined",
    };
}
