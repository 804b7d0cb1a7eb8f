using System.CommandLine;
using System.Text.Json;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Json;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Commands;

/// <summary>search: ranked results with facet counts; or, with --queries and --run, a TREC run file for relevance evaluation.</summary>
internal sealed class SearchCommand(CliContext context, IndexCommandRunner runner)
{
    /// <summary>The most results --top may ask for.</summary>
    public const int MaxTop = 100_000;

    // The engine's largest page; more hits than this come from its export, which reads them in batches.
    private const int PageLimit = 100;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly Dictionary<string, MatchMode> MatchNames = new(StringComparer.Ordinal)
    {
        ["any"] = MatchMode.AnyWord,
        ["all"] = MatchMode.AllWords,
        ["all-then-any"] = MatchMode.AllWordsThenAny,
    };

    private readonly Argument<string> query = new("QUERY")
    {
        Description = "The query: words, \"phrases\", AND/OR/NOT, -exclusion, field:value, prefix*. Empty matches every article.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => string.Empty,
    };

    private readonly FacetFilterOptions filters = new();
    private readonly Option<int?> top = new("--top")
    {
        Description = $"How many results, 1 to {MaxTop:N0} (default 10; 1000 in batch mode; with --export, every hit).",
    };

    // Not --format: that is the filter on the diplomatic-format facet.
    private readonly Option<string?> export = new("--export")
    {
        Description = "Write the hits as csv or jsonl (the portal's export columns) instead of a table: every hit, or the first --top.",
    };
    private readonly Option<bool> json = CommonOptions.Json();
    private readonly Option<string?> queries = new("--queries") { Description = "Batch mode: a JSON Lines file of {\"id\",\"text\"} queries." };
    private readonly Option<string?> run = new("--run") { Description = "Batch mode: the TREC run file to write (qid Q0 docid rank score tag)." };
    private readonly Option<string> match = new("--match")
    {
        Description = "How words side by side combine: any (articles with all of them first), all, or all-then-any (all, else any, as the portal does).",
        DefaultValueFactory = _ => "any",
    };

    private readonly Option<bool> noTranslate = new("--no-translate")
    {
        Description = "Search the words as typed only, without their German or English translations (on by default).",
    };

    public Command Build()
    {
        var command = new Command("search", "Search the index: ranked results with facet counts, or a TREC run in batch mode.") { query, top, json, export, queries, run, match, noTranslate };
        filters.AddTo(command);
        runner.AddOptions(command);
        match.AcceptOnlyFromAmong([.. MatchNames.Keys]);
        export.AcceptOnlyFromAmong("csv", "jsonl");
        top.Validators.Add(r =>
        {
            // An unparsable token is reported by the parser itself; reading its value here would throw.
            if (r.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is < 1 or > MaxTop)
            {
                r.AddError($"--top takes a whole number from 1 to {MaxTop}.");
            }
        });
        command.Validators.Add(r =>
        {
            if ((r.GetValue(queries) is null) != (r.GetValue(run) is null))
            {
                r.AddError("--queries and --run go together.");
            }
            else if (r.GetValue(queries) is not null && !string.IsNullOrEmpty(r.GetValue(query)))
            {
                r.AddError("give either a QUERY or --queries, not both.");
            }
            else if (r.GetValue(queries) is not null && r.GetResult(match) is { Implicit: false })
            {
                r.AddError("--match does not apply to batch mode, which ranks any word, all words first.");
            }
            else if (r.GetResult(export) is not null && (r.GetValue(json) || r.GetValue(queries) is not null))
            {
                r.AddError("--export writes the hits itself: it goes with neither --json nor --queries.");
            }
        });
        command.SetAction((result, cancellation) => Task.FromResult(runner.Run(result, archive => Execute(result, archive, cancellation))));
        return command;
    }

    private int Execute(ParseResult result, OpenedArchive archive, CancellationToken cancellation)
    {
        if (result.GetValue(queries) is { } queryFile)
        {
            return new TrecRunWriter(context, archive.Searcher).Write(
                context.Resolve(queryFile), context.Resolve(result.GetValue(run)!), result.GetValue(top) ?? 1000, !result.GetValue(noTranslate), cancellation);
        }

        var wanted = result.GetValue(top);
        var request = new SearchRequest(
            result.GetValue(query) ?? string.Empty,
            filters.Read(result),
            MatchNames[result.GetValue(match)!],
            PageSize: Math.Min(wanted ?? 10, PageLimit),
            Snippets: false)
        {
            Mentions = filters.ReadMentions(result),
            Translate = !result.GetValue(noTranslate),
        };
        if (result.GetValue(export) is { } exportFormat)
        {
            WriteExport(archive.Searcher, request, wanted ?? int.MaxValue, exportFormat, cancellation);
            return ExitCodes.Success;
        }

        var response = archive.Searcher.Search(request);
        if (wanted > PageLimit && response.Total > response.Hits.Count)
        {
            using var all = archive.Searcher.Export(request, wanted.Value);
            response = response with { Hits = [.. all.Hits().Select(hit => hit.Hit)] };
        }

        if (result.GetValue(json))
        {
            context.Out.WriteLine(SearchJson.Response(response).ToJsonString(Indented));
        }
        else
        {
            new SearchResultPrinter(context.Console).Print(response);
        }

        return ExitCodes.Success;
    }

    /// <summary>Every hit (up to <paramref name="limit"/>) as CSV or JSON Lines, one line at a time, as the portal exports them.</summary>
    private void WriteExport(ArticleSearcher searcher, SearchRequest request, int limit, string exportFormat, CancellationToken cancellation)
    {
        using var hits = searcher.Export(request, limit);
        var csv = exportFormat == "csv";
        if (csv)
        {
            context.Out.Write(CsvText.Line(ExportRecord.Columns) + "\r\n");
        }

        foreach (var hit in hits.Hits())
        {
            cancellation.ThrowIfCancellationRequested();
            // CSV lines end in CRLF (RFC 4180), as the portal's export does; JSON Lines in LF.
            context.Out.Write(csv ? ExportRecord.CsvLine(hit) + "\r\n" : ExportRecord.Json(hit).ToJsonString() + "\n");
        }
    }
}
