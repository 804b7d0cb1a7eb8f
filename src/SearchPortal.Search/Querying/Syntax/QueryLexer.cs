using System.Globalization;
using System.Text;
using SearchPortal.Core.Input;

namespace SearchPortal.Search.Querying.Syntax;

/// <summary>Splits cleaned query text into tokens: words, quoted phrases, field prefixes, year ranges, operators and parentheses.</summary>
internal sealed class QueryLexer
{
    /// <summary>Longer queries are cut: nobody types more, and a pasted article would only cost time.</summary>
    public const int MaxLength = 1000;

    private readonly string text;
    private readonly QueryNotices notices;
    private readonly List<QueryToken> tokens = [];
    private int position;

    private QueryLexer(string text, QueryNotices notices)
    {
        this.text = text;
        this.notices = notices;
    }

    public static IReadOnlyList<QueryToken> Tokenize(string rawText, QueryNotices notices)
    {
        var lexer = new QueryLexer(Clean(rawText, notices), notices);
        lexer.ReadAll();
        return ParenthesisBalancer.Balance(lexer.tokens, notices);
    }

    /// <summary>Drops what QueryText refuses and invisible format characters, turns whitespace into spaces, cuts overlong text.</summary>
    internal static string Clean(string rawText, QueryNotices notices)
    {
        // Only a head twice the limit is looked at, so a 100 KB query costs no more than a long one.
        var head = rawText.Length > 2 * MaxLength ? rawText[..(2 * MaxLength)] : rawText;
        var valid = QueryText.Clean(head, out var removedInvalid);
        var cleaned = new StringBuilder(Math.Min(valid.Length, MaxLength));
        var index = 0;
        for (; index < valid.Length && cleaned.Length < MaxLength; index++)
        {
            var c = valid[index];
            if (char.IsWhiteSpace(c))
            {
                cleaned.Append(' ');
            }
            else if (char.IsHighSurrogate(c))
            {
                // QueryText leaves only whole pairs: keep them whole, also at the cut.
                cleaned.Append(c).Append(valid[++index]);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                // Format characters (soft hyphen, zero-width joiners) are invisible: dropping them rejoins the word silently.
                cleaned.Append(c);
            }
        }

        if (removedInvalid)
        {
            notices.Add("Invisible control characters were removed from your query.");
        }

        var cutHead = head.Length < rawText.Length && !rawText.AsSpan(head.Length).IsWhiteSpace();
        if (cutHead || (index < valid.Length && !valid.AsSpan(index).IsWhiteSpace()))
        {
            CutAtWordBoundary(cleaned);
            notices.Add(string.Create(CultureInfo.InvariantCulture, $"Your query was very long, so only its first {MaxLength:N0} characters were searched."));
        }

        return cleaned.ToString();
    }

    private static void CutAtWordBoundary(StringBuilder cleaned)
    {
        // Back off to the last space so the cut does not search half a word; a space far back is not worth losing text for.
        for (var i = cleaned.Length - 1; i >= 0 && i >= cleaned.Length - 50; i--)
        {
            if (cleaned[i] == ' ')
            {
                cleaned.Length = i;
                return;
            }
        }

        if (cleaned.Length > 0 && char.IsHighSurrogate(cleaned[^1]))
        {
            cleaned.Length--;
        }
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    private bool IsWordEnd(int at) => at >= text.Length || text[at] is ' ' or '(' or ')' || IsQuote(text[at]);

    private void ReadAll()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == ' ')
            {
                position++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenKind.OpenParen : QueryTokenKind.CloseParen));
                position++;
            }
            else if (IsQuote(c))
            {
                ReadPhrase();
            }
            else if (c is '+' or '-' && StartsWord())
            {
                position++;
                var attached = position < text.Length && text[position] is not (' ' or ')');
                tokens.Add(new QueryToken(c == '+' ? QueryTokenKind.Plus : QueryTokenKind.Minus, Attached: attached));
            }
            else
            {
                ReadWord();
            }
        }
    }

    /// <summary>
    /// Whether the character at the current position starts a word. A sign is an operator only there: right after a
    /// closing quote or parenthesis ("„Model C“-Schulen") it is a hyphen, and reading it as an exclusion would drop the
    /// very word asked for.
    /// </summary>
    private bool StartsWord() => position == 0 || text[position - 1] is ' ' or '(';

    private void ReadPhrase()
    {
        var start = ++position;
        while (position < text.Length && !IsQuote(text[position]))
        {
            position++;
        }

        var phrase = text[start..position].Trim();
        if (position < text.Length)
        {
            position++;
        }
        else
        {
            notices.Add("A closing quotation mark was missing, so the phrase was read to the end of the query.");
        }

        if (phrase.Length > 0)
        {
            tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase));
        }
    }

    private void ReadWord()
    {
        var start = position;
        while (!IsWordEnd(position))
        {
            position++;
        }

        var word = text.AsSpan(start, position - start);
        switch (word)
        {
            case "AND" or "&&":
                tokens.Add(new QueryToken(QueryTokenKind.And, "AND"));
                return;
            case "OR" or "||":
                tokens.Add(new QueryToken(QueryTokenKind.Or, "OR"));
                return;
            case "NOT":
                tokens.Add(new QueryToken(QueryTokenKind.Not, "NOT"));
                return;
        }

        var colon = word.IndexOf(':');
        if (colon < 0)
        {
            tokens.Add(new QueryToken(QueryTokenKind.Word, word.ToString()));
        }
        else if (colon > 0 && FieldPrefixes.TryGet(word[..colon], out var scope))
        {
            tokens.Add(new QueryToken(QueryTokenKind.Field, word[..colon].ToString().ToLowerInvariant(), Scope: scope));
            position = start + colon + 1;
            if (position < text.Length && text[position] is '[' or '{')
            {
                ReadRange();
            }
        }
        else
        {
            ReadColonWord(word, colon);
        }
    }

    private void ReadColonWord(ReadOnlySpan<char> word, int colon)
    {
        // "foo:bar" with an unknown prefix, a URL or a time: the parts are searched as words.
        var prefix = word[..colon];
        if (prefix.Length > 0 && colon < word.Length - 1 && IsAllLetters(prefix))
        {
            notices.Add($"\"{prefix}:\" is not a search field, so it was searched as a word.");
        }

        foreach (var range in word.Split(':'))
        {
            if (!word[range].IsEmpty)
            {
                tokens.Add(new QueryToken(QueryTokenKind.Word, word[range].ToString()));
            }
        }
    }

    private static bool IsAllLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadRange()
    {
        var start = ++position;
        while (position < text.Length && text[position] is not (']' or '}'))
        {
            position++;
        }

        tokens.Add(new QueryToken(QueryTokenKind.Range, text[start..position].Trim()));
        if (position < text.Length)
        {
            position++;
        }
    }
}
