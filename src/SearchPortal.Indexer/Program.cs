using SearchPortal.Indexer;
using SearchPortal.Indexer.Composition;

using var interruption = new ProcessInterruption();
return await IndexerCommandLine.RunAsync(CliContext.ForProcess(), args, interruption.Token);
