using System.CommandLine;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Indexer.Composition;

namespace SearchPortal.Indexer.Commands;

/// <summary>Opens the index for the reading commands and turns a missing, unreadable or corrupt index into a one-line error.</summary>
internal sealed class IndexCommandRunner(CliContext context)
{
    private readonly Option<string> index = CommonOptions.Index();
    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();

    public void AddOptions(Command command)
    {
        command.Options.Add(index);
        command.Options.Add(vocabulary);
    }

    public string IndexPath(ParseResult result) => context.Resolve(result.GetValue(index)!);

    public int Run(ParseResult result, Func<OpenedArchive, int> action) =>
        Run(IndexPath(result), result.GetValue(vocabulary), action);

    /// <summary>Loads the vocabulary and opens the index at <paramref name="indexPath"/> for <paramref name="action"/>.</summary>
    public int Run(string indexPath, string? vocabularyPath, Func<OpenedArchive, int> action)
    {
        if (!ArchiveServices.TryLoadVocabulary(context, vocabularyPath, out var loaded, out var failure))
        {
            return failure;
        }

        return Guard(() =>
        {
            using var archive = new OpenedArchive(indexPath, loaded);
            return action(archive);
        });
    }

    /// <summary>Runs an action on the index, mapping index failures to their documented exit codes.</summary>
    public int Guard(Func<int> action) => ExitCodeMap.Run(context, ExitCodeMap.Access.Reading, action);
}
