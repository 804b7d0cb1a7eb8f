namespace SearchPortal.Search.Indexing;

/// <summary>The real free space of the volume holding a path, as the OS reports it to this user.</summary>
internal sealed class DriveFreeSpace : IFreeSpaceProbe
{
    public static readonly DriveFreeSpace Instance = new();

    public long? AvailableBytes(string path)
    {
        try
        {
            // DriveInfo resolves the mount point holding the path; for a path not created yet, its nearest existing parent.
            var existing = path;
            while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
            {
                existing = parent;
            }

            return new DriveInfo(existing).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
