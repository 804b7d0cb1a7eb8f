namespace SearchPortal.Search.Indexing;

/// <summary>Thrown before a rebuild starts when the index's disk has less free space than the new generation needs.</summary>
public sealed class InsufficientSpaceException : IOException
{
    public InsufficientSpaceException(string rootPath, long neededBytes, long availableBytes)
        : base($"A rebuild of {rootPath} needs about {Mib(neededBytes)} of free space and {Mib(availableBytes)} is free.")
    {
        RootPath = rootPath;
        NeededBytes = neededBytes;
        AvailableBytes = availableBytes;
    }

    public string RootPath { get; }

    public long NeededBytes { get; }

    public long AvailableBytes { get; }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MiB";
}
