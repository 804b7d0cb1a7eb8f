using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace SearchPortal.Search.Schema;

/// <summary>One segment's norms, a byte per document and field, copied once from Lucene's readers into arrays. Thread-safe.</summary>
/// <remarks>A byte per document and field with norms: about 6 MB per million articles for the six text fields.</remarks>
internal sealed class SegmentNorms
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> fields = new(StringComparer.Ordinal);

    /// <summary>The norm byte of each document of <paramref name="reader"/> in <paramref name="field"/>; null when the field has no norms there.</summary>
    public byte[]? Of(AtomicReader reader, string field) =>
        fields.GetOrAdd(field, name => new Lazy<byte[]?>(() => Copy(reader, name))).Value;

    private static byte[]? Copy(AtomicReader reader, string field)
    {
        if (reader.GetNormValues(field) is not { } values)
        {
            return null;
        }

        var bytes = new byte[reader.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            bytes[doc] = (byte)values.Get(doc);
        }

        return bytes;
    }
}
