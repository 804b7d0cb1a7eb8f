namespace SearchPortal.Indexer.Output;

/// <summary>
/// Reports how far an indexing run has come, on standard error, by phase: reading (counting the inputs), indexing,
/// then committing and checking; a bar on a terminal, plain lines when output is redirected.
/// </summary>
internal interface IIndexingProgress
{
    /// <summary>
    /// Runs <paramref name="work"/>, which calls its first callback once per article read and its second once the
    /// sources are exhausted (the commit and the check follow). <paramref name="expectedArticles"/> is null when the
    /// inputs could not be counted ahead.
    /// </summary>
    T Run<T>(long? expectedArticles, Func<Action, Action, T> work);
}
