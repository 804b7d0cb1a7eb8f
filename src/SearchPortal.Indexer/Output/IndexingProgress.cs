namespace SearchPortal.Indexer.Output;

/// <summary>Reports how far an indexing run has come; a bar on a terminal, plain lines when output is redirected.</summary>
internal interface IIndexingProgress
{
    /// <summary>Runs <paramref name="work"/>, which calls the given callback once per article read.</summary>
    T Run<T>(string title, long expectedArticles, Func<Action, T> work);
}
