using Lucene.Net.Index;

namespace SearchPortal.Search.FacetCounting;

/// <summary>Counts the values of one facet dimension over the documents it is shown, segment by segment.</summary>
internal abstract class DimensionCounter
{
    protected DimensionCounter(string dimension) => Dimension = dimension;

    public string Dimension { get; }

    /// <summary>Counts per value label, complete once <see cref="Finish"/> has run.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public abstract void SetNextReader(AtomicReader reader);

    public abstract void Count(int doc);

    /// <summary>Folds the last segment's counts into <see cref="Counts"/>.</summary>
    public abstract void Finish();

    public static DimensionCounter For(string dimension) =>
        dimension == Schema.ArticleFields.Year ? new YearDimensionCounter(dimension) : new SortedSetDimensionCounter(dimension);
}
