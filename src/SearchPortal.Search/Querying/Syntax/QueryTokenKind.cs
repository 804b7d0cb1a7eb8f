namespace SearchPortal.Search.Querying.Syntax;

/// <summary>The kinds of token the query lexer produces.</summary>
internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    Range,
    OpenParen,
    CloseParen,
    And,
    Or,
    Not,
    Plus,
    Minus,
}
