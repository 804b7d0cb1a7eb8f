using System.Globalization;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Search.Querying.Syntax;

/// <summary>Turns one word or phrase into a leaf node for its field scope: text, prefix, facet value, year or language.</summary>
internal sealed class QueryLeafReader(FacetVocabulary vocabulary, QueryNotices notices, int maxTerms)
{
    private int terms;

    public QueryNode? Read(FieldScope scope, QueryToken token, QuerySyntaxParser parser)
    {
        if (++terms > maxTerms)
        {
            notices.Add(string.Create(CultureInfo.InvariantCulture, $"Only the first {maxTerms} words of your query were searched."));
            return null;
        }

        var isPhrase = token.Kind == QueryTokenKind.Phrase;
        return scope switch
        {
            FieldScope.Country => Facet(FacetDimension.Country, "country", token, parser),
            FieldScope.Format => Facet(FacetDimension.Format, "format", token, parser),
            FieldScope.Official => Facet(FacetDimension.Official, "official", token, parser),
            FieldScope.Year => Year(token.Text),
            FieldScope.Language => Language(token.Text),
            _ when token.Kind == QueryTokenKind.Range => Text(token.Text, isPhrase: false, scope == FieldScope.Title),
            _ => Text(token.Text, isPhrase, scope == FieldScope.Title),
        };
    }

    private TextNode? Text(string text, bool isPhrase, bool titleOnly)
    {
        if (isPhrase || !text.Contains('*'))
        {
            return new TextNode(text, isPhrase, IsPrefix: false, titleOnly);
        }

        var isPrefix = text.EndsWith('*');
        var core = text.TrimEnd('*');
        if (core.Contains('*'))
        {
            notices.Add($"Wildcards work only at the end of a word (like kazakh*), so \"{text}\" was searched as \"{core.Replace("*", string.Empty)}{(isPrefix ? "*" : string.Empty)}\".");
            core = core.Replace("*", string.Empty);
        }

        if (core.Length == 0)
        {
            notices.Add("A lone \"*\" was ignored.");
            return null;
        }

        if (isPrefix && LettersAndDigits(core) < 2)
        {
            notices.Add($"\"{text}\" is too short for a wildcard, so it was searched as \"{core}\".");
            isPrefix = false;
        }

        return new TextNode(core, IsPhrase: false, isPrefix, titleOnly);
    }

    private QueryNode? Facet(string dimension, string label, QueryToken token, QuerySyntaxParser parser)
    {
        var value = token.Text.Trim('*');
        if (vocabulary.Resolve(dimension, value) is { } canonical)
        {
            return new FacetNode(dimension, canonical);
        }

        if (token.Kind == QueryTokenKind.Word && JoinFollowingWords(dimension, value, parser) is { } joined)
        {
            return joined;
        }

        notices.Add($"\"{value}\" is not a {label} we know, so it was searched as words instead.");
        return Text(value, token.Kind == QueryTokenKind.Phrase, titleOnly: false);
    }

    private FacetNode? JoinFollowingWords(string dimension, string value, QuerySyntaxParser parser)
    {
        // official:Wang Yi typed without quotes: take the longest run of up to two following words that names an entry.
        for (var extra = 2; extra >= 1; extra--)
        {
            var candidate = value;
            for (var i = 0; i < extra && candidate is not null; i++)
            {
                candidate = parser.PeekWord(i) is { } next ? candidate + " " + next : null;
            }

            if (candidate is not null && vocabulary.Resolve(dimension, candidate) is { } canonical)
            {
                parser.Skip(extra);
                return new FacetNode(dimension, canonical);
            }
        }

        return null;
    }

    private YearNode? Year(string text)
    {
        var normalized = text.Replace(" TO ", "..", StringComparison.OrdinalIgnoreCase)
            .Replace('\u2013', '-').Replace("..", "-", StringComparison.Ordinal);
        var parts = normalized.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && ParseYear(parts[0], 1000) is { } from && ParseYear(parts[^1], 9999) is { } to)
        {
            return from <= to ? new YearNode(from, to) : new YearNode(to, from);
        }

        notices.Add($"\"year:{text}\" is not a year or a range like 2021..2024, so it was ignored.");
        return null;
    }

    private static int? ParseYear(string text, int openEnd)
    {
        if (text is "*" or "")
        {
            return openEnd;
        }

        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000
            ? year
            : null;
    }

    private FacetNode? Language(string text)
    {
        var code = vocabulary.Resolve(FacetDimension.Language, text);
        if (code is null)
        {
            notices.Add($"Articles are in English (lang:en) or German (lang:de), so \"lang:{text}\" was ignored.");
            return null;
        }

        return new FacetNode(FacetDimension.Language, code);
    }

    private static int LettersAndDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
