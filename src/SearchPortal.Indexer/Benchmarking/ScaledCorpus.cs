using SearchPortal.Core.Ingestion;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// A real corpus repeated until it holds a target number of articles, for scale runs. The first pass keeps the
/// original ids; pass k (k >= 1) gives each article the derived id <c>{id}~r{k}</c>, so every article stays unique
/// while its text, language and facets are those of a real one.
/// </summary>
internal sealed class ScaledCorpus
{
    private readonly Func<IEnumerable<IngestRecord>> open;

    /// <param name="open">Opens the source corpus afresh for each pass.</param>
    /// <param name="size">How many articles the scaled corpus holds.</param>
    public ScaledCorpus(Func<IEnumerable<IngestRecord>> open, int size)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        this.open = open;
        Size = size;
    }

    public int Size { get; }

    /// <summary>The id an article of the source gets in pass <paramref name="pass"/> (0 = the original).</summary>
    public static string DerivedId(string id, int pass) => pass == 0 ? id : $"{id}~r{pass}";

    /// <summary>The records in order: whole passes over the source until <see cref="Size"/> articles were yielded.</summary>
    /// <exception cref="InvalidOperationException">The source holds no article, so it cannot be scaled.</exception>
    public IEnumerable<IngestRecord> Records(CancellationToken cancellation = default)
    {
        var yielded = 0;
        for (var pass = 0; yielded < Size; pass++)
        {
            var before = yielded;
            foreach (var record in open())
            {
                cancellation.ThrowIfCancellationRequested();
                if (record.Article is not { } article)
                {
                    continue;
                }

                yield return record with { Id = DerivedId(article.Id, pass), Article = article with { Id = DerivedId(article.Id, pass) } };
                if (++yielded == Size)
                {
                    yield break;
                }
            }

            if (yielded == before)
            {
                throw new InvalidOperationException("The corpus holds no readable article to scale.");
            }
        }
    }
}
