using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Output;

/// <summary>The engine's progress reduced to its phase changes (committing, checking), each passed on once.</summary>
internal sealed class PhaseChanges(Action<IndexingPhase> begin) : IProgress<IndexingProgress>
{
    private IndexingPhase current = IndexingPhase.Indexing;

    public void Report(IndexingProgress value)
    {
        if (value.Phase != current)
        {
            current = value.Phase;
            begin(current);
        }
    }
}
