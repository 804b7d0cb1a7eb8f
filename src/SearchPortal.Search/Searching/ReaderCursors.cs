using Lucene.Net.Index;

namespace SearchPortal.Search.Searching;

/// <summary>Enumerators kept over one open reader, which only a <see cref="CursorPool{T}"/> of that reader takes back.</summary>
internal interface IReaderCursors
{
    /// <summary>The reader these enumerators read.</summary>
    IndexReaderContext Top { get; }
}
