using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace SearchPortal.Indexer.Composition;

/// <summary>
/// The one line the CLI prints for a command line it cannot run: a mistyped command or option with the parser's own
/// typo correction ("did you mean 'search'?"), a malformed option value with the form expected, else the parser's message.
/// </summary>
internal static partial class UsageMessage
{
    public static string Of(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var command = result.CommandResult.Command;
        var usage = command is RootCommand ? "--help" : $"{command.Name} --help";
        foreach (var (token, suggestion) in TypoCorrections(result))
        {
            return $"'{token}' is not a command or option here; did you mean '{suggestion}'? (see: {usage})";
        }

        var first = result.Errors[0];
        if (first.SymbolResult is OptionResult { Option: var option } optionResult && optionResult.Tokens.Count > 0
            && first.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
        {
            return $"{option.Name} takes {Form(option.ValueType)}, not '{optionResult.Tokens[0].Value}' (see: {usage})";
        }

        return $"{first.Message} (see: {usage})";
    }

    /// <summary>
    /// The corrections System.CommandLine's own error action offers (ParseErrorAction.ShowTypoCorrections), read from
    /// what it writes; a command is only offered for a word, an option only for a token starting with '-'.
    /// </summary>
    private static IEnumerable<(string Token, string Suggestion)> TypoCorrections(ParseResult result)
    {
        if (result.Action is not ParseErrorAction action)
        {
            yield break;
        }

        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        result.Invoke(new InvocationConfiguration { Output = output, Error = errors });
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (NotMatched().Match(lines[i]) is { Success: true } match && lines[i + 1].Length > 0
                && match.Groups[1].Value.StartsWith('-') == lines[i + 1].StartsWith('-'))
            {
                yield return (match.Groups[1].Value, lines[i + 1]);
            }
        }
    }

    private static string Form(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        var t when t == typeof(double) => "a number",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(TimeSpan) => "a duration such as 00:00:30",
        var t => "a " + t.Name,
    };

    [GeneratedRegex("^'(.+)' was not matched\\. Did you mean one of the following\\?$")]
    private static partial Regex NotMatched();
}
