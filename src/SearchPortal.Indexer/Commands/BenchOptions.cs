using System.CommandLine;

namespace SearchPortal.Indexer.Commands;

/// <summary>Options of the peers-harness commands (bench-index, bench-query).</summary>
internal static class BenchOptions
{
    /// <summary>--index without a default: a benchmark names its index explicitly.</summary>
    public static Option<string> Index() => new("--index")
    {
        Description = "The index directory (holds generations/ and CURRENT).",
        Required = true,
    };

    public static Option<int> Count(string name, string description, int defaultValue, int minimum)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < minimum)
            {
                r.AddError($"{name} takes a whole number of at least {minimum}.");
            }
        });
        return option;
    }

    public static Option<double> Seconds(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<double>();
            if (!double.IsFinite(value) || value < 0 || value > 86_400)
            {
                r.AddError($"{name} takes a number of seconds from 0 to 86400.");
            }
        });
        return option;
    }

}
