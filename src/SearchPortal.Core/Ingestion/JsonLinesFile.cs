using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.GZip;

namespace SearchPortal.Core.Ingestion;

/// <summary>How a JSON Lines source file is opened (a .gz name decompressed) and which read failures mean the file breaks off before its end.</summary>
public static class JsonLinesFile
{
    /// <summary>The file's uncompressed bytes; a .gz read fails at its end when it is cut short (see <see cref="DescribeFailure"/>).</summary>
    /// <remarks>
    /// SharpZipLib's gzip reader, not System.IO.Compression's: GZipStream ends quietly where a truncated file ends, so
    /// half an archive would read as a whole one. SharpZipLib checks every member's trailer (CRC and length) too.
    /// </remarks>
    public static Stream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Decompressing(stream) : stream;
    }

    /// <summary>The uncompressed bytes of an opened gzip stream, which it owns; the failures of <see cref="Open"/> apply.</summary>
    public static Stream Decompressing(Stream gzip) => new GZipInputStream(gzip);

    /// <summary>What went wrong, when <paramref name="error"/> is a failure to read an opened file on; null for any other exception.</summary>
    public static string? DescribeFailure(Exception error) => error switch
    {
        EndOfStreamException => "the file ends early (cut short)",
        SharpZipBaseException when error.Message.Contains("EOF", StringComparison.OrdinalIgnoreCase) => "the gzip data ends early (the file is cut short)",
        SharpZipBaseException => $"corrupt gzip data ({error.Message})",
        IOException or UnauthorizedAccessException => $"read error ({error.Message})",
        _ => null,
    };
}
