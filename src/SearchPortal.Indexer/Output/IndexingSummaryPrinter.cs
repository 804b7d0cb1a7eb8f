using System.Globalization;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Indexing;
using Spectre.Console;

namespace SearchPortal.Indexer.Output;

/// <summary>The summary at the end of a rebuild or update: what the index now holds and what was skipped, and why.</summary>
internal sealed class IndexingSummaryPrinter(IAnsiConsole console)
{
    private const int MaxSkippedListed = 50;

    public void Print(RebuildReport report)
    {
        console.MarkupLine(Invariant($"[green]Rebuilt[/] generation [bold]{report.Generation}[/]: {report.Indexed:N0} articles in {report.Elapsed.TotalSeconds:0.0} s ({Rate(report.Indexed, report.Elapsed):N0} articles/s)."));
        if (report.PreviousGeneration is not null)
        {
            console.MarkupLine($"Previous generation {Markup.Escape(report.PreviousGeneration)} kept for rollback.");
        }

        var languages = string.Join(", ", report.Languages.OrderByDescending(p => p.Value).Select(p => Invariant($"{p.Key} {p.Value:N0}")));
        console.MarkupLine($"[bold]Languages[/]: {Markup.Escape(languages)}");
        PrintTopFacets(report.TopFacets);
        PrintSkipped(report.Skipped);
    }

    public void Print(UpdateReport report)
    {
        var verb = report.Rebuilt ? "Built (no index yet)" : "Updated";
        console.MarkupLine(Invariant(
            $"[green]{verb}[/] generation [bold]{report.Generation}[/]: {report.Added:N0} added, {report.Replaced:N0} replaced, {report.Removed:N0} removed, {report.Unchanged:N0} unchanged in {report.Elapsed.TotalSeconds:0.0} s."));
        if (report.RemovalsWithheld)
        {
            console.MarkupLine("[yellow]Nothing was removed: a skipped input had no id, so it might be one of the articles missing from the sources.[/]");
        }

        PrintSkipped(report.Skipped);
    }

    private void PrintTopFacets(IReadOnlyList<FacetCounts> facets)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("facet").AddColumn("top values");
        foreach (var dimension in facets)
        {
            table.AddRow(dimension.Dimension, Markup.Escape(string.Join(", ", dimension.Values.Select(v => Invariant($"{v.Value} ({v.Count:N0})")))));
        }

        console.Write(table);
    }

    private void PrintSkipped(IReadOnlyList<SkippedRecord> skipped)
    {
        if (skipped.Count == 0)
        {
            console.MarkupLine("Skipped: none.");
            return;
        }

        console.MarkupLine(Invariant($"[yellow]Skipped {skipped.Count:N0} input(s):[/]"));
        var table = new Table().Border(TableBorder.Simple).AddColumn("source").AddColumn("id").AddColumn("reason");
        foreach (var record in skipped.Take(MaxSkippedListed))
        {
            table.AddRow(Markup.Escape(record.Origin), Markup.Escape(record.Id ?? "-"), Markup.Escape(record.Reason));
        }

        console.Write(table);
        if (skipped.Count > MaxSkippedListed)
        {
            console.MarkupLine(Invariant($"... and {skipped.Count - MaxSkippedListed:N0} more."));
        }
    }

    private static double Rate(int count, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? count / elapsed.TotalSeconds : 0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
