using Lucene.Net.Index;

namespace SearchPortal.Search.Indexing;

/// <summary>The one place that knows which of Lucene's exceptions mean a corrupt index, and translates them.</summary>
internal static class LuceneFailures
{
    /// <summary>Whether <paramref name="error"/> says the index files cannot be read as an index.</summary>
    public static bool IsCorruption(Exception error) =>
        error is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException;

    /// <summary>Runs <paramref name="action"/>, turning Lucene's corruption errors into <see cref="IndexCorruptException"/>.</summary>
    public static T Translated<T>(string where, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            throw Corrupt(where, ex);
        }
    }

    public static IndexCorruptException Corrupt(string where, Exception error) =>
        new($"The index at {where} cannot be read ({error.Message}).", error);
}
