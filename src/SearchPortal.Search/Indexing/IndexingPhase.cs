namespace SearchPortal.Search.Indexing;

/// <summary>The stage a rebuild or update is in: indexing the records as they are read, committing the index, checking it.</summary>
public enum IndexingPhase
{
    /// <summary>Reading the sources and indexing their records.</summary>
    Indexing,

    /// <summary>All records are read; the index writer commits (merges and syncs), which can take a while on a large archive.</summary>
    Committing,

    /// <summary>The new generation is verified before it is switched in (a rebuild only).</summary>
    Checking,
}
