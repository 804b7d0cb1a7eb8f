using System.CommandLine;
using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;

namespace SearchPortal.Indexer.Commands;

/// <summary>The repeatable facet filter options shared by search commands: several values of one facet are OR-ed, facets AND-ed.</summary>
internal sealed class FacetFilterOptions
{
    public Option<string[]> Country { get; } = Repeatable("--country", "Only articles about this country (canonical English name or any spelling in the vocabulary).");

    public Option<string[]> Format { get; } = Repeatable("--format", "Only articles of this diplomatic format, e.g. \"C5+1\" or \"SCO\" (any spelling in the vocabulary).");

    public Option<string[]> Year { get; } = Repeatable("--year", "Only articles of this year (YYYY).");

    public Option<string[]> Official { get; } = Repeatable("--official", "Only articles about this official (canonical name or any spelling in the vocabulary, e.g. \"Kulubaev\").");

    public Option<bool> Mentions { get; } = new("--mentions")
    {
        Description = "Widen --country, --format and --official (and their counts) to articles that only mention the value, not just those about it.",
    };

    public Option<string?> Language { get; } = new("--lang") { Description = "Only articles in this language: en, de, or und (neither, or unknown)." };

    public FacetFilterOptions()
    {
        Year.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 9999)
                {
                    result.AddError($"--year takes a four-digit year, not '{value}'.");
                }
            }
        });
        Language.AcceptOnlyFromAmong(ArticleLanguage.English, ArticleLanguage.German, ArticleLanguage.Unknown);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Country);
        command.Options.Add(Format);
        command.Options.Add(Year);
        command.Options.Add(Official);
        command.Options.Add(Language);
        command.Options.Add(Mentions);
    }

    /// <summary>Whether the filters take in articles that only mention a value.</summary>
    public bool ReadMentions(ParseResult result) => result.GetValue(Mentions);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Read(ParseResult result)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        Add(filters, FacetDimension.Country, result.GetValue(Country));
        Add(filters, FacetDimension.Format, result.GetValue(Format));
        Add(filters, FacetDimension.Year, result.GetValue(Year));
        Add(filters, FacetDimension.Official, result.GetValue(Official));
        var language = result.GetValue(Language);
        Add(filters, FacetDimension.Language, language is null ? null : [language]);
        return filters;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> filters, string dimension, string[]? values)
    {
        if (values is { Length: > 0 })
        {
            filters[dimension] = values;
        }
    }

    private static Option<string[]> Repeatable(string name, string description) => new(name)
    {
        Description = description + " Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
    };
}
