using System.Globalization;

namespace SearchPortal.Search.Indexing;

/// <summary>Thrown when an update would remove more of the index than it is allowed to; nothing was changed.</summary>
public sealed class RemovalsRefusedException : Exception
{
    public RemovalsRefusedException(int wouldRemove, int indexed, double maxRemovedShare)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"The update would remove {wouldRemove} of the {indexed} articles in the index ({Percent(wouldRemove, indexed)} %), more than the {maxRemovedShare * 100:0.#} % allowed; nothing was changed."))
    {
        WouldRemove = wouldRemove;
        Indexed = indexed;
        MaxRemovedShare = maxRemovedShare;
    }

    /// <summary>How many articles the sources no longer have.</summary>
    public int WouldRemove { get; }

    /// <summary>How many articles the live index held.</summary>
    public int Indexed { get; }

    /// <summary>The share of the index the update was allowed to remove (0.1 for 10 %).</summary>
    public double MaxRemovedShare { get; }

    private static string Percent(int part, int whole) =>
        (whole == 0 ? 0 : 100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture);
}
