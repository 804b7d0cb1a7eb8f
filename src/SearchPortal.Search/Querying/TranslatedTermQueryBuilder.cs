using Lucene.Net.Search;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Language;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying.Syntax;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Querying;

/// <summary>
/// Adds a query word's translations to the word's own disjunction, in the other language's fields only and at
/// <see cref="TranslationBoost"/>: an English article is found for "Gipfel" through "summit", below a German article
/// with "Gipfel" itself. A German compound without an entry is translated through its parts, all of them required.
/// Not thread-safe: one per parse.
/// </summary>
internal sealed class TranslatedTermQueryBuilder(FieldQueryFactory fields, TranslationTable table, string queryLanguage)
{
    /// <summary>
    /// Weight of a translation beside the word as typed. Measured on xquad-bilingual (nDCG@10 / other-language
    /// paragraph in the top 10 for German / English questions): 0.5 gave 0.803 / 75 % / 74 %, 0.7 0.842 / 85 % / 84 %,
    /// 0.85 0.854 / 86 % / 87 % (with the one-language rule for homographs below); 1.0 would no longer rank the typed word first.
    /// </summary>
    public const float TranslationBoost = 0.85f;

    /// <summary>Ambiguous words search their few most common translations only (2 instead of 3: -0.011 nDCG@10).</summary>
    public const int MaxTranslationsPerWord = 3;

    private static readonly (string Title, string Body) EnglishFields = (ArticleFields.TitleEnglish, ArticleFields.BodyEnglish);
    private static readonly (string Title, string Body) GermanFields = (ArticleFields.TitleGerman, ArticleFields.BodyGerman);

    // The dictionary lists base forms and plurals; other inflected forms ("Einwohnern", "größten", "founded") are
    // looked up without their ending, longest ending first, with the replacement the base form takes.
    private static readonly (string Ending, string Base)[] GermanEndings =
        [("ern", ""), ("ern", "er"), ("en", ""), ("en", "e"), ("em", ""), ("er", ""), ("es", ""), ("e", ""), ("n", ""), ("s", "")];

    private static readonly (string Ending, string Base)[] EnglishEndings =
        [("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""), ("ed", "e"), ("s", ""), ("'s", "")];

    private static readonly char[] TrimmedPunctuation = ['?', '!', '.', ',', ';', ':', '"', '\'', '(', ')', '[', ']', '„', '“', '”', '‚', '‘', '’', '«', '»'];

    private readonly List<string> searched = [];
    private readonly HashSet<string> searchedKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Start, int Length)> parts = [];
    private GermanCompoundSegmenter? segmenter;

    /// <summary>The translations searched so far, in the order of the query's words, each once.</summary>
    public IReadOnlyList<string> Searched => searched;

    /// <summary>Adds the translations of a typed word or phrase to <paramref name="disjuncts"/>.</summary>
    /// <param name="names">The spellings of the vocabulary entry the word names, if any: where the dictionary gives
    /// one of them as a translation ("Turkey": "Türkei"), the word means that entry, and the dictionary's other senses
    /// ("Truthahn", "Pute"; "China": "Porzellan") are not searched.</param>
    public void Add(TextNode text, List<Query> disjuncts, IReadOnlyList<string>? names = null)
    {
        if (text.IsPrefix)
        {
            return;
        }

        // A query of unknown language translates a word only out of the one language that has it: "Rat" or "Art" is
        // a word of both, and its German meanings searched in the German articles would only add noise (SciFact and
        // LegalQuAD each lost 0.001 to 0.006 nDCG@10 before this rule).
        var english = queryLanguage == ArticleLanguage.German ? [] : Lookup(table.ToGerman, text.Text, EnglishEndings);
        if (queryLanguage != ArticleLanguage.English && (queryLanguage == ArticleLanguage.German || english.Count == 0))
        {
            var german = Lookup(table.ToEnglish, text.Text, GermanEndings);
            if (german.Count > 0)
            {
                AddAlternatives(Meant(german, names), EnglishFields, text.TitleOnly, disjuncts);
            }
            else if (!text.IsPhrase)
            {
                AddCompound(text.Text, text.TitleOnly, disjuncts);
            }
        }

        if (queryLanguage == ArticleLanguage.English || (queryLanguage != ArticleLanguage.German && Lookup(table.ToEnglish, text.Text, GermanEndings).Count == 0))
        {
            AddAlternatives(Meant(english, names), GermanFields, text.TitleOnly, disjuncts);
        }
    }

    // A demonym or a word that only looks like a name ("Mongolen", "son") has no translation among the entry's
    // spellings, and keeps all of them.
    private static IReadOnlyList<string> Meant(IReadOnlyList<string> translations, IReadOnlyList<string>? names)
    {
        if (names is not { Count: > 0 })
        {
            return translations;
        }

        var agreed = translations.Where(t => names.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        return agreed.Count > 0 ? agreed : translations;
    }

    private static IReadOnlyList<string> Lookup(Func<string, IReadOnlyList<string>> translate, string word, (string Ending, string Base)[] endings)
    {
        // Punctuation the analyzers drop ("Warschau?", "(Rhein)") is no part of the dictionary's word.
        word = word.Trim().Trim(TrimmedPunctuation);
        var found = word.Length == 0 ? [] : translate(word);
        if (found.Count > 0 || word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            return found;
        }

        var lower = word.ToLowerInvariant();
        foreach (var (ending, stem) in endings)
        {
            if (lower.Length > ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal)
                && translate(string.Concat(lower.AsSpan(0, lower.Length - ending.Length), stem)) is { Count: > 0 } based)
            {
                return based;
            }
        }

        return found;
    }

    private void AddAlternatives(IReadOnlyList<string> translations, (string Title, string Body) target, bool titleOnly, List<Query> disjuncts)
    {
        foreach (var translation in translations.Take(MaxTranslationsPerWord))
        {
            var added = false;
            foreach (var field in Fields(target, titleOnly))
            {
                if (fields.ForPhrase(field, translation, TranslationBoost, perPosition: true) is { } query)
                {
                    disjuncts.Add(query);
                    added = true;
                }
            }

            if (added)
            {
                Remember(translation);
            }
        }
    }

    // "Außenministertreffen": außenminister + treffen -> "foreign minister" and "meeting", both required.
    private void AddCompound(string word, bool titleOnly, List<Query> disjuncts)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 2 * GermanCompoundPartFilter.MinPartLength || !lower.All(char.IsLetter))
        {
            return;
        }

        segmenter ??= new GermanCompoundSegmenter(GermanCompoundParts.Default, GermanCompoundPartFilter.MinPartLength, GermanCompoundPartFilter.MaxPartLength);
        parts.Clear();
        var singles = segmenter.Segment(lower.ToCharArray(), lower.Length, parts);
        if (singles == 0)
        {
            return;
        }

        var pieces = TranslatedPieces(lower, singles);
        if (pieces is null)
        {
            return;
        }

        foreach (var field in Fields(EnglishFields, titleOnly))
        {
            var all = new BooleanQuery(disableCoord: true) { Boost = TranslationBoost / pieces.Count };
            foreach (var translation in pieces)
            {
                if (fields.ForPhrase(field, translation, 1f, perPosition: true) is not { } query)
                {
                    all = null;
                    break;
                }

                all.Add(query, Occur.MUST);
            }

            if (all is not null)
            {
                disjuncts.Add(all);
            }
        }

        pieces.ForEach(Remember);
    }

    // Left to right, the longest run of parts with an entry ("außenminister" before "außen"); null when a part has none.
    private List<string>? TranslatedPieces(string word, int singles)
    {
        var pieces = new List<string>();
        var index = 0;
        while (index < singles)
        {
            var found = false;
            for (var last = singles - 1; last >= index && !found; last--)
            {
                var start = parts[index].Start;
                var end = parts[last].Start + parts[last].Length;

                // The last part is tried with the word's ending first: "treffen", not "Treff" (a club).
                if ((last == singles - 1 && end < word.Length ? table.ToEnglish(word[start..]) : []) is { Count: > 0 } whole)
                {
                    pieces.Add(whole[0]);
                }
                else if (table.ToEnglish(word[start..end]) is { Count: > 0 } english)
                {
                    pieces.Add(english[0]);
                }
                else
                {
                    continue;
                }

                index = last + 1;
                found = true;
            }

            if (!found)
            {
                return null;
            }
        }

        return pieces;
    }

    private static IEnumerable<string> Fields((string Title, string Body) target, bool titleOnly) =>
        titleOnly ? [target.Title] : [target.Title, target.Body];

    private void Remember(string translation)
    {
        if (searchedKeys.Add(translation))
        {
            searched.Add(translation);
        }
    }
}
