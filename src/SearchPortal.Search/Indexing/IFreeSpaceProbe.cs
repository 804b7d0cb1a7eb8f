namespace SearchPortal.Search.Indexing;

/// <summary>Tells how many bytes can still be written where an index lives; tests substitute a tight disk.</summary>
internal interface IFreeSpaceProbe
{
    /// <summary>The bytes available to this process on the volume holding <paramref name="path"/>; null when unknown.</summary>
    long? AvailableBytes(string path);
}
