using System.Globalization;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;
using Spectre.Console;

namespace SearchPortal.Indexer.Output;

/// <summary>Prints one article as indexed: metadata, cleaned text and each facet value with its evidence, the values it
/// is about first, then those it only mentions.</summary>
internal sealed class ArticlePrinter(IAnsiConsole console)
{
    public void Print(ArticleView article)
    {
        console.MarkupLine($"[bold]{Markup.Escape(article.Title)}[/]");
        var meta = new Grid().AddColumn().AddColumn();
        meta.AddRow("id", Markup.Escape(article.Id));
        meta.AddRow("language", article.Language);
        meta.AddRow("date", article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        meta.AddRow("source", Markup.Escape(article.Source ?? "-"));
        meta.AddRow("category", Markup.Escape(article.Category ?? "-"));
        console.Write(meta);
        console.WriteLine();
        console.WriteLine(article.Text);
        console.WriteLine();

        var facets = article.Facets;
        console.MarkupLine("[bold underline]About[/]");
        PrintDimension(FacetDimension.Country, ArticleFacets.About(facets.Countries));
        PrintDimension(FacetDimension.Format, ArticleFacets.About(facets.Formats));
        PrintDimension(FacetDimension.Year, facets.Year is null ? [] : [facets.Year]);
        PrintDimension(FacetDimension.Official, ArticleFacets.About(facets.Officials));
        console.WriteLine();
        console.MarkupLine("[bold underline]Also mentioned[/]");
        PrintDimension(FacetDimension.Country, ArticleFacets.Mentioned(facets.Countries));
        PrintDimension(FacetDimension.Format, ArticleFacets.Mentioned(facets.Formats));
        PrintDimension(FacetDimension.Official, ArticleFacets.Mentioned(facets.Officials));
    }

    private void PrintDimension(string dimension, IReadOnlyList<FacetValue> values)
    {
        console.MarkupLine($"[bold]{dimension}[/]" + (values.Count == 0 ? ": -" : string.Empty));
        foreach (var value in values)
        {
            var detail = value.Detail is null ? string.Empty : $" ({value.Detail})";
            console.MarkupLine($"  [green]{Markup.Escape(value.Value + detail)}[/]");
            foreach (var sentence in value.Evidence)
            {
                console.MarkupLine($"    [grey]“{Markup.Escape(sentence)}”[/]");
            }
        }
    }
}
