using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchPortal.Indexer.Composition;
using SearchPortal.Search.Indexing;
using Spectre.Console;

namespace SearchPortal.Indexer.Commands;

/// <summary>stats: what the live index holds: generation, documents per language, size, segments, top facet values.</summary>
internal sealed class StatsCommand(CliContext context, IndexCommandRunner runner)
{
    private readonly Option<bool> json = CommonOptions.Json();

    public Command Build()
    {
        var command = new Command("stats", "Summarise the live index: generation, documents per language, size, segments, top facet values.") { json };
        runner.AddOptions(command);
        command.SetAction((result, _) => Task.FromResult(runner.Guard(() =>
        {
            var stats = IndexStats.Read(new IndexLocation(runner.IndexPath(result)));
            if (result.GetValue(json))
            {
                context.Out.WriteLine(Json(stats).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                Print(stats);
            }

            return ExitCodes.Success;
        })));
        return command;
    }

    private void Print(IndexStats stats)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("generation", Markup.Escape(stats.Generation));
        grid.AddRow("articles", Invariant($"{stats.Documents:N0} ({stats.DeletedDocuments:N0} deleted, awaiting merge)"));
        grid.AddRow("languages", Markup.Escape(string.Join(", ", stats.Languages.OrderByDescending(p => p.Value).Select(p => Invariant($"{p.Key} {p.Value:N0}")))));
        grid.AddRow("size", Invariant($"{stats.SizeBytes / 1048576.0:0.0} MiB in {stats.Segments} segment(s)"));
        grid.AddRow("generations", Markup.Escape(string.Join(", ", stats.Generations)));
        foreach (var dimension in stats.TopFacets)
        {
            grid.AddRow(dimension.Dimension, Markup.Escape(string.Join(", ", dimension.Values.Select(v => Invariant($"{v.Value} ({v.Count:N0})")))));
        }

        context.Console.Write(grid);
    }

    private static JsonObject Json(IndexStats stats)
    {
        var languages = new JsonObject();
        foreach (var (language, count) in stats.Languages)
        {
            languages[language] = count;
        }

        var facets = new JsonObject();
        foreach (var dimension in stats.TopFacets)
        {
            facets[dimension.Dimension] = new JsonArray([.. dimension.Values.Select(v => (JsonNode)new JsonObject { ["value"] = v.Value, ["count"] = v.Count })]);
        }

        return new JsonObject
        {
            ["generation"] = stats.Generation,
            ["documents"] = stats.Documents,
            ["deleted"] = stats.DeletedDocuments,
            ["languages"] = languages,
            ["size_bytes"] = stats.SizeBytes,
            ["segments"] = stats.Segments,
            ["facets"] = facets,
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
