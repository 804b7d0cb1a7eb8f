using System.Globalization;
using SearchPortal.Search.Searching;
using Spectre.Console;

namespace SearchPortal.Indexer.Output;

/// <summary>Prints a search response for people: a ranked table of hits, then the facet counts.</summary>
internal sealed class SearchResultPrinter(IAnsiConsole console)
{
    public void Print(SearchResponse response)
    {
        if (response.Notice is not null)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(response.Notice)}[/]");
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]{response.Total:N0}[/] matching articles ({response.Took.TotalMilliseconds:0.#} ms)"));
        if (TranslationNotice.For(response) is { } translations)
        {
            console.MarkupLine($"[grey]{Markup.Escape(translations)}[/]");
        }
        if (response.DidYouMean is not null)
        {
            console.MarkupLine($"Did you mean: [italic]{Markup.Escape(response.DidYouMean)}[/]?");
        }

        if (response.Hits.Count > 0)
        {
            var hits = new Table().Border(TableBorder.Simple)
                .AddColumn("#").AddColumn("score").AddColumn("date").AddColumn("lang").AddColumn("id").AddColumn("title");
            var rank = 1;
            foreach (var hit in response.Hits)
            {
                hits.AddRow(
                    (rank++).ToString(CultureInfo.InvariantCulture),
                    hit.Score.ToString("0.###", CultureInfo.InvariantCulture),
                    hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                    hit.Language,
                    Markup.Escape(hit.Id),
                    Markup.Escape(hit.Title));
            }

            console.Write(hits);
        }

        foreach (var dimension in response.Facets.Where(d => d.Values.Count > 0))
        {
            var values = string.Join(", ", dimension.Values.Select(v =>
                string.Create(CultureInfo.InvariantCulture, $"{(v.Selected ? "*" : string.Empty)}{v.Value} ({v.Count})")));
            console.MarkupLine($"[bold]{dimension.Dimension}[/]: {Markup.Escape(values)}");
        }
    }
}
