using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace SearchPortal.Indexer.Commands;

/// <summary>Options of the peers-harness commands (bench-index, bench-query).</summary>
internal static class BenchOptions
{
    private const double MaxSeconds = 86_400;

    /// <summary>--index without a default: a benchmark names its index explicitly.</summary>
    public static Option<string> Index() => new("--index")
    {
        Description = "The index directory (holds generations/ and CURRENT).",
        Required = true,
    };

    public static Option<int> Count(string name, string description, int defaultValue, int minimum) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var token = Token(result);
            if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
            {
                return value;
            }

            result.AddError($"{name} takes a whole number of at least {minimum}, not '{token}'.");
            return defaultValue;
        },
    };

    /// <summary>A number of seconds, read with the invariant culture whatever the machine's (0.5, not 0,5).</summary>
    public static Option<double> Seconds(string name, string description, double defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var token = Token(result);
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= MaxSeconds)
            {
                return value;
            }

            result.AddError($"{name} takes a number of seconds from 0 to {MaxSeconds}, not '{token}'.");
            return defaultValue;
        },
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
}
