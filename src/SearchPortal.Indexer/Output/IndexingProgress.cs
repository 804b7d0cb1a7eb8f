using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Output;

/// <summary>
/// Reports how far an indexing run has come, on standard error, by phase: reading (counting the inputs), indexing,
/// then committing and checking as the engine reports them; a bar on a terminal, plain lines when output is redirected.
/// </summary>
internal interface IIndexingProgress
{
    /// <summary>
    /// Runs <paramref name="work"/>, which calls its first callback once per article read and its second once the
    /// sources are exhausted, and hands the engine the progress sink that announces the commit and the check.
    /// <paramref name="expectedArticles"/> is null when the inputs could not be counted ahead.
    /// </summary>
    T Run<T>(long? expectedArticles, Func<Action, Action, IProgress<IndexingProgress>, T> work);
}
