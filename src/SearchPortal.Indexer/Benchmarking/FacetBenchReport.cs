using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>Prints a <see cref="FacetAgreement"/>: a Markdown table of the figures, the values that cost the most, then one JSON line.</summary>
internal static class FacetBenchReport
{
    public const int DefaultTop = 12;

    // Markdown rows are meant to be pasted into the README: a narrow redirected console would wrap them.
    private const int MinimumWidth = 120;

    public static void PrintTable(IAnsiConsole console, FacetAgreement a, double seconds, int top)
    {
        console.Profile.Width = Math.Max(console.Profile.Width, MinimumWidth);
        var figures = new Table().Border(TableBorder.Markdown).AddColumns("measure", "value", "of");
        figures.AddRow("labelled items", N(a.Items), "-");
        figures.AddRow("country recall", F(a.CountryRecall), $"{N(a.TaggedCountriesFound)} / {N(a.TaggedCountries)} tagged");
        figures.AddRow("country precision", F(a.CountryPrecision), $"{N(a.AboutCountriesTagged)} / {N(a.AboutCountries)} about values");
        figures.AddRow("person recall", F(a.PersonRecall), $"{N(a.TaggedPersonsFound)} / {N(a.TaggedPersonsInText)} tagged, named in the text");
        figures.AddRow("persons missed, extracted as mentioned only", N(a.TaggedPersonsMentionedOnly), "-");
        figures.AddRow("country tags not in the vocabulary", N(a.UnresolvedCountryTags), "-");
        figures.AddRow("seconds", seconds.ToString("0.0", CultureInfo.InvariantCulture), "-");
        console.Write(figures);
        console.WriteLine();
        var costs = new Table().Border(TableBorder.Markdown).AddColumns("about, not tagged", "items", "tagged, missed", "items", "person tagged, missed", "items");
        var columns = new[] { a.Untagged, a.Missed, a.MissedPersons }.Select(counts => FacetAgreement.Top(counts, top).ToList()).ToList();
        for (var i = 0; i < columns.Max(c => c.Count); i++)
        {
            costs.AddRow([.. columns.SelectMany(c => i < c.Count ? new[] { Markup.Escape(c[i].Key), N(c[i].Value) } : [string.Empty, string.Empty])]);
        }

        console.Write(costs);
        console.WriteLine();
    }

    public static string JsonLine(FacetAgreement a, double seconds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("bench", "facets");
            json.WriteNumber("items", a.Items);
            json.WriteNumber("country_recall", Math.Round(a.CountryRecall, 4));
            json.WriteNumber("country_precision", Math.Round(a.CountryPrecision, 4));
            json.WriteNumber("person_recall", Math.Round(a.PersonRecall, 4));
            json.WriteNumber("tagged_countries", a.TaggedCountries);
            json.WriteNumber("about_countries", a.AboutCountries);
            json.WriteNumber("persons_in_text", a.TaggedPersonsInText);
            json.WriteNumber("persons_mentioned_only", a.TaggedPersonsMentionedOnly);
            json.WriteNumber("unresolved_country_tags", a.UnresolvedCountryTags);
            json.WriteNumber("seconds", Math.Round(seconds, 2));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
