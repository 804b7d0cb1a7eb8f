using System.CommandLine;
using SearchPortal.Indexer.Composition;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>verify: runs Lucene's CheckIndex over the live generation under the index lock; exits 6 when it is corrupt.</summary>
internal sealed class VerifyCommand(CliContext context, IndexCommandRunner runner)
{
    public Command Build()
    {
        var command = new Command(
            "verify",
            "Check the integrity of the live index (Lucene CheckIndex) under the index lock. Exit 6 on corruption, 5 while a rebuild or update runs.");
        runner.AddOptions(command);
        command.SetAction((result, _) => Task.FromResult(runner.Guard(() =>
        {
            var verification = new IndexVerifier(new IndexLocation(runner.IndexPath(result))).Verify();
            if (verification.Ok)
            {
                context.Out.WriteLine($"ok: generation {verification.Generation}, {verification.Documents} documents in {verification.Segments} segment(s)");
                return ExitCodes.Success;
            }

            foreach (var problem in verification.Problems)
            {
                context.Out.WriteLine($"problem: {problem}");
            }

            return context.Fail(ExitCodes.Corrupt, $"generation {verification.Generation} is corrupt: rebuild it (the previous generation, if any, is kept under generations/)");
        })));
        return command;
    }
}
