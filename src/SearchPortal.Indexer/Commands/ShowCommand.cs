using System.CommandLine;
using System.Text.Json;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Json;

namespace SearchPortal.Indexer.Commands;

/// <summary>show: one article as indexed, with each facet value and the sentences it was found in.</summary>
internal sealed class ShowCommand(CliContext context, IndexCommandRunner runner)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Argument<string> id = new("ID") { Description = "The article id (file name without extension, or the JSON Lines \"id\")." };
    private readonly Option<bool> json = CommonOptions.Json();

    public Command Build()
    {
        var command = new Command("show", "Show one article as indexed: title, language, date, cleaned text, and each facet value with its evidence.") { id, json };
        runner.AddOptions(command);
        command.SetAction((result, _) => Task.FromResult(runner.Run(result, archive =>
        {
            var articleId = result.GetValue(id)!;
            var article = archive.Searcher.Find(articleId);
            if (article is null)
            {
                return context.Fail(ExitCodes.Failed, $"no article with id '{articleId}' in the index");
            }

            if (result.GetValue(json))
            {
                context.Out.WriteLine(SearchJson.Article(article).ToJsonString(Indented));
            }
            else
            {
                new ArticlePrinter(context.Console).Print(article);
            }

            return ExitCodes.Success;
        })));
        return command;
    }
}
