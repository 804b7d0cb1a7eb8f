namespace SearchPortal.Indexer;

/// <summary>The documented exit codes of the archivists' CLI (also listed in the README).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run failed while indexing (also: the sources yielded nothing, a source broke off before its end); the previous index keeps serving.</summary>
    public const int Failed = 1;

    /// <summary>Bad arguments or options.</summary>
    public const int Usage = 2;

    /// <summary>A --source path or a query file does not exist.</summary>
    public const int SourceMissing = 3;

    /// <summary>No index at the given path, or it cannot be read.</summary>
    public const int IndexUnavailable = 4;

    /// <summary>Another rebuild or update holds the index lock.</summary>
    public const int IndexBusy = 5;

    /// <summary>verify found a corrupt index.</summary>
    public const int Corrupt = 6;

    /// <summary>--strict was given and some input was skipped.</summary>
    public const int SkippedInStrictMode = 7;

    /// <summary>The vocabulary file is missing or invalid.</summary>
    public const int VocabularyInvalid = 8;

    /// <summary>An update would remove more of the index than --max-removals allows; nothing was changed.</summary>
    public const int RemovalsRefused = 9;

    /// <summary>The disk has too little free space for a rebuild (see prune); nothing was written.</summary>
    public const int InsufficientSpace = 10;

    /// <summary>Interrupted (Ctrl+C); the previous index keeps serving.</summary>
    public const int Interrupted = 130;
}
