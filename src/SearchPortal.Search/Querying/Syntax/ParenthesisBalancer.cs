namespace SearchPortal.Search.Querying.Syntax;

/// <summary>Makes the parentheses of a token list balanced and shallow, so the parser can trust them.</summary>
internal static class ParenthesisBalancer
{
    /// <summary>Deeper nesting is flattened: it adds nothing a reader needs and would only deepen recursion.</summary>
    public const int MaxDepth = 8;

    public static IReadOnlyList<QueryToken> Balance(List<QueryToken> tokens, QueryNotices notices)
    {
        var balanced = new List<QueryToken>(tokens.Count);
        var kept = new Stack<bool>();
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == QueryTokenKind.OpenParen)
            {
                var keep = depth < MaxDepth;
                kept.Push(keep);
                if (keep)
                {
                    depth++;
                    balanced.Add(token);
                }
            }
            else if (token.Kind == QueryTokenKind.CloseParen)
            {
                if (kept.Count == 0)
                {
                    notices.Add("A closing parenthesis without an opening one was ignored.");
                }
                else if (kept.Pop())
                {
                    depth--;
                    balanced.Add(token);
                }
            }
            else
            {
                balanced.Add(token);
            }
        }

        if (kept.Count > 0)
        {
            notices.Add("A closing parenthesis was missing, so the group was read to the end of the query.");
            for (; depth > 0; depth--)
            {
                balanced.Add(new QueryToken(QueryTokenKind.CloseParen));
            }
        }

        return balanced;
    }
}
