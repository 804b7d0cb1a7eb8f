using SearchPortal.Indexer;
using SearchPortal.Indexer.Composition;

return await IndexerCommandLine.RunAsync(CliContext.ForProcess(), args);
