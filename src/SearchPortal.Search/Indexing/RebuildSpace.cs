namespace SearchPortal.Search.Indexing;

/// <summary>Refuses a rebuild, before it writes anything, when the disk cannot hold the new generation beside the live one.</summary>
internal static class RebuildSpace
{
    /// <summary>
    /// How much more than the finished generation a rebuild holds on disk at its peak (parts are copied into one at the
    /// commit). Measured with tools/measure-rebuild-space.sh: reuters21578 + kremlin_en peaked at 98.4 MB for a
    /// 68.8 MB generation (1.43).
    /// </summary>
    public const double PeakFactor = 1.5;

    /// <summary>The estimate: the live generation's size times the peak factor; null without a live generation to measure.</summary>
    public static long? Needed(IndexLocation location) =>
        GenerationRetention.LiveOrNull(location) is { } live ? (long)(location.GenerationSize(live) * PeakFactor) : null;

    /// <exception cref="InsufficientSpaceException">Less is free than <see cref="Needed"/>.</exception>
    public static void Ensure(IndexLocation location)
    {
        if (Needed(location) is not { } needed || location.FreeSpace.AvailableBytes(location.RootPath) is not { } available)
        {
            return;
        }

        if (available < needed)
        {
            throw new InsufficientSpaceException(location.RootPath, needed, available);
        }
    }
}
