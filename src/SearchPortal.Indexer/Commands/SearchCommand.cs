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
    private readonly Option<int?> top = new("--top") { Description = "How many results (default 10; 1000 in batch mode)." };
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
        var command = new Command("search", "Search the index: ranked results with facet counts, or a TREC run in batch mode.") { query, top, json, queries, run, match, noTranslate };
        filters.AddTo(command);
        runner.AddOptions(command);
        match.AcceptOnlyFromAmong([.. MatchNames.Keys]);
        top.Validators.Add(r =>
        {
            // An unparsable token is reported by the parser itself; reading its value here would throw.
            if (r.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is < 1 or > 100_000)
            {
                r.AddError("--top takes a number from 1 to 100000.");
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

        var request = new SearchRequest(
            result.GetValue(query) ?? string.Empty,
            filters.Read(result),
            MatchNames[result.GetValue(match)!],
            PageSize: result.GetValue(top) ?? 10,
            Snippets: false)
        {
            Mentions = filters.ReadMentions(result),
            Translate = !result.GetValue(noTranslate),
        };
        var response = archive.Searcher.Search(request);
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
}
