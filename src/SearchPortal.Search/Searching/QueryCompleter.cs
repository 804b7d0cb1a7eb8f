using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Completes a partial query: vocabulary spellings that start with it (ranked by how many articles carry their value),
/// then title words from the index, as written (umlauts and ß kept), that complete its last word (ranked by document
/// frequency).
/// </summary>
internal sealed class QueryCompleter
{
    private const int MaxTermsScanned = 5000;

    /// <summary>Longer prefixes cannot be anybody typing; they are cut rather than refused, so each call compares
    /// every vocabulary spelling against at most this many characters.</summary>
    internal const int MaxPrefixLength = 100;
    private readonly IReadOnlyList<(string Spelling, string Dimension, string Canonical)> spellings;

    public QueryCompleter(FacetVocabulary vocabulary)
    {
        var all = new List<(string, string, string)>();
        Add(all, Core.Facets.FacetDimension.Country, vocabulary.Countries);
        Add(all, Core.Facets.FacetDimension.Format, vocabulary.Formats);
        Add(all, Core.Facets.FacetDimension.Official, vocabulary.Officials);
        spellings = all;
    }

    public IReadOnlyList<string> Complete(IndexReader reader, string prefix, int count)
    {
        var typed = prefix.TrimStart();
        if (typed.Length > MaxPrefixLength)
        {
            typed = typed[..MaxPrefixLength];
            typed = char.IsHighSurrogate(typed[^1]) ? typed[..^1] : typed;
        }

        if (typed.Length == 0 || count <= 0)
        {
            return [];
        }

        var vocabulary = new List<(string Text, int Freq)>();
        foreach (var (spelling, dimension, canonical) in spellings)
        {
            if (spelling.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && !spelling.Equals(typed, StringComparison.OrdinalIgnoreCase))
            {
                // A spelling whose value no article carries would lead to an empty result page.
                var freq = reader.DocFreq(new Term(dimension, canonical));
                if (freq > 0)
                {
                    vocabulary.Add((spelling, freq));
                }
            }
        }

        var result = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, _) in vocabulary.OrderByDescending(v => v.Freq).ThenBy(v => v.Text, StringComparer.Ordinal))
        {
            if (result.Count < count && seen.Add(text))
            {
                result.Add(text);
            }
        }

        var lastSpace = typed.LastIndexOf(' ');
        var head = typed[..(lastSpace + 1)];
        var last = typed[(lastSpace + 1)..];
        foreach (var lowered in TitleWords(reader, last.ToLowerInvariant()))
        {
            // "Präs" completes to "Präsident", "ast" to "astana": the word in the case the reader began it.
            var word = char.IsUpper(last[0]) ? char.ToUpperInvariant(lowered[0]) + lowered[1..] : lowered;
            if (result.Count >= count)
            {
                break;
            }

            if (seen.Add(head + word))
            {
                result.Add(head + word);
            }
        }

        return result;
    }

    private static IEnumerable<string> TitleWords(IndexReader reader, string start)
    {
        // Title words as written, umlauts and ß intact; an index built before that field had only the folded words.
        var terms = MultiFields.GetTerms(reader, ArticleFields.TitleWords) ?? MultiFields.GetTerms(reader, ArticleFields.TitleNeutral);
        if (start.Length == 0 || terms is null)
        {
            return [];
        }

        var found = new List<(string Word, int Freq)>();
        var prefix = new BytesRef(start);
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var term = iterator.Term;
        while (found.Count < MaxTermsScanned && StringHelper.StartsWith(term, prefix))
        {
            if (!term.BytesEquals(prefix))
            {
                found.Add((term.Utf8ToString(), iterator.DocFreq));
            }

            if (!iterator.MoveNext())
            {
                break;
            }

            term = iterator.Term;
        }

        return found.OrderByDescending(f => f.Freq).ThenBy(f => f.Word, StringComparer.Ordinal).Select(f => f.Word);
    }

    private static void Add(List<(string, string, string)> all, string dimension, IReadOnlyList<VocabularyEntry> entries)
    {
        foreach (var entry in entries)
        {
            all.Add((entry.Canonical, dimension, entry.Canonical));
            foreach (var alias in entry.Aliases)
            {
                all.Add((alias, dimension, entry.Canonical));
            }
        }
    }
}
