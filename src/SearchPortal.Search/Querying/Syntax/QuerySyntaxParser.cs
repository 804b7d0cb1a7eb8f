using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Search.Querying.Syntax;

/// <summary>
/// Recursive descent over the tokens, leniently: OR binds loosest, then words side by side, then AND, then NOT / + / -.
/// Whatever cannot be read is skipped with a notice rather than rejected.
/// </summary>
internal sealed class QuerySyntaxParser
{
    /// <summary>More terms than this are dropped: they only slow the search and dilute the ranking.</summary>
    public const int MaxTerms = 32;

    private readonly IReadOnlyList<QueryToken> tokens;
    private readonly QueryLeafReader leaves;
    private readonly QueryNotices notices;
    private int position;

    private QuerySyntaxParser(IReadOnlyList<QueryToken> tokens, QueryLeafReader leaves, QueryNotices notices)
    {
        this.tokens = tokens;
        this.leaves = leaves;
        this.notices = notices;
    }

    /// <summary>The query's syntax tree, or null when nothing searchable is left.</summary>
    /// <param name="vocabulary">Resolves the values of field prefixes (country:, lang:...) to the values the index holds.</param>
    public static QueryNode? Parse(IReadOnlyList<QueryToken> tokens, FacetVocabulary vocabulary, QueryNotices notices)
    {
        var parser = new QuerySyntaxParser(tokens, new QueryLeafReader(vocabulary, notices, MaxTerms), notices);
        var clauses = new List<QueryClause>();
        while (!parser.AtEnd)
        {
            if (parser.ParseAny(FieldScope.All) is { } clause)
            {
                clauses.Add(clause);
            }

            if (parser.Is(QueryTokenKind.CloseParen))
            {
                // The balancer leaves none at the top level; skipping keeps the loop safe regardless.
                parser.position++;
            }
        }

        return clauses.Count switch
        {
            0 => null,
            1 when clauses[0].Modifier == ClauseModifier.None => clauses[0].Node,
            _ => new GroupNode(GroupKind.Sequence, clauses),
        };
    }

    private bool AtEnd => position >= tokens.Count;

    private bool Is(QueryTokenKind kind) => position < tokens.Count && tokens[position].Kind == kind;

    private bool CannotStartOperand =>
        AtEnd || tokens[position].Kind is QueryTokenKind.CloseParen or QueryTokenKind.And or QueryTokenKind.Or;

    private QueryClause? ParseAny(FieldScope scope)
    {
        var alternatives = new List<QueryClause>();
        if (ParseSequence(scope) is { } first)
        {
            alternatives.Add(first);
        }

        while (Is(QueryTokenKind.Or))
        {
            position++;
            if (alternatives.Count == 0 || CannotStartOperand)
            {
                LoneOperator("OR");
            }

            if (ParseSequence(scope) is { } next)
            {
                alternatives.Add(next);
            }
        }

        return Combine(GroupKind.Any, alternatives);
    }

    private QueryClause? ParseSequence(FieldScope scope)
    {
        var clauses = new List<QueryClause>();
        while (!AtEnd && !Is(QueryTokenKind.CloseParen) && !Is(QueryTokenKind.Or))
        {
            if (Is(QueryTokenKind.And))
            {
                position++;
                LoneOperator("AND");
                continue;
            }

            if (ParseAll(scope) is { } clause)
            {
                clauses.Add(clause);
            }
        }

        return Combine(GroupKind.Sequence, clauses);
    }

    private QueryClause? ParseAll(FieldScope scope)
    {
        var operands = new List<QueryClause>();
        if (ParseUnary(scope) is { } first)
        {
            operands.Add(first);
        }

        while (Is(QueryTokenKind.And))
        {
            position++;
            if (operands.Count == 0 || CannotStartOperand)
            {
                LoneOperator("AND");
            }

            if (!CannotStartOperand && ParseUnary(scope) is { } next)
            {
                operands.Add(next);
            }
        }

        if (operands.Count < 2)
        {
            return operands.Count == 0 ? null : operands[0];
        }

        for (var i = 0; i < operands.Count; i++)
        {
            if (operands[i].Modifier == ClauseModifier.None)
            {
                operands[i] = operands[i] with { Modifier = ClauseModifier.Required };
            }
        }

        return new QueryClause(ClauseModifier.None, new GroupNode(GroupKind.All, operands));
    }

    private QueryClause? ParseUnary(FieldScope scope)
    {
        var token = tokens[position];
        switch (token.Kind)
        {
            case QueryTokenKind.Not:
            case QueryTokenKind.Minus or QueryTokenKind.Plus when token.Attached:
                position++;
                if (CannotStartOperand)
                {
                    LoneOperator(token.Kind == QueryTokenKind.Not ? "NOT" : token.Kind == QueryTokenKind.Plus ? "+" : "-");
                    return null;
                }

                if (ParseUnary(scope) is not { } operand)
                {
                    return null;
                }

                var modifier = token.Kind == QueryTokenKind.Plus && operand.Modifier != ClauseModifier.Excluded
                    ? ClauseModifier.Required
                    : ClauseModifier.Excluded;
                return operand with { Modifier = modifier };
            case QueryTokenKind.Minus or QueryTokenKind.Plus:
                // A free-standing sign is punctuation ("Kazakhstan - China"), not an operator.
                position++;
                return null;
            default:
                return ParsePrimary(scope) is { } node ? new QueryClause(ClauseModifier.None, node) : null;
        }
    }

    private QueryNode? ParsePrimary(FieldScope scope)
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case QueryTokenKind.OpenParen:
                return ParseGroup(scope);
            case QueryTokenKind.Word:
            case QueryTokenKind.Phrase:
                return leaves.Read(scope, token, this);
            case QueryTokenKind.Field:
                return ParseFieldValue(token);
            default:
                // Only a range without its field could land here, and the lexer never makes one.
                return null;
        }
    }

    private QueryNode? ParseGroup(FieldScope scope)
    {
        var inner = AtEnd ? null : ParseAny(scope);
        if (Is(QueryTokenKind.CloseParen))
        {
            position++;
        }

        return inner switch
        {
            null => null,
            { Modifier: ClauseModifier.None } => inner.Value.Node,
            _ => new GroupNode(GroupKind.Sequence, [inner.Value]),
        };
    }

    private QueryNode? ParseFieldValue(QueryToken field)
    {
        if (AtEnd || tokens[position].Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.OpenParen or QueryTokenKind.Range))
        {
            notices.Add($"\"{field.Text}:\" had no value after it and was ignored.");
            return null;
        }

        var value = tokens[position];
        if (value.Kind == QueryTokenKind.OpenParen)
        {
            position++;
            return ParseGroup(field.Scope);
        }

        position++;
        return leaves.Read(field.Scope, value, this);
    }

    /// <summary>Takes the next token when it is a plain word; lets a leaf join "official:Wang Yi" typed without quotes.</summary>
    internal string? PeekWord(int ahead)
    {
        var at = position + ahead;
        return at < tokens.Count && tokens[at].Kind == QueryTokenKind.Word ? tokens[at].Text : null;
    }

    internal void Skip(int count) => position += count;

    private void LoneOperator(string name) =>
        notices.Add($"The operator \"{name}\" had nothing to connect and was ignored.");

    private static QueryClause? Combine(GroupKind kind, List<QueryClause> clauses) => clauses.Count switch
    {
        0 => null,
        1 => clauses[0],
        _ => new QueryClause(ClauseModifier.None, new GroupNode(kind, clauses)),
    };
}
