using System.Globalization;

namespace SearchPortal.Core.Ingestion;

/// <summary>The one cap on the size of a single article's input, a text file or a JSON Lines record alike, and the reason given when it is exceeded.</summary>
/// <param name="MaxBytes">Largest input accepted, in bytes.</param>
public sealed record ArticleSizeLimit(long MaxBytes)
{
    /// <summary>10 MB: far above any real article, so anything bigger is a wrong file or a broken record.</summary>
    public static readonly ArticleSizeLimit Default = new(10 * 1024 * 1024);

    /// <summary>Whether an input of <paramref name="bytes"/> bytes is over the cap.</summary>
    public bool Exceeds(long bytes) => bytes > MaxBytes;

    /// <summary>The skip reason for an input of <paramref name="bytes"/> bytes, naming the cap and the size.</summary>
    public string Reason(string what, long bytes) =>
        $"{what} larger than the {Describe()} limit ({bytes.ToString(CultureInfo.InvariantCulture)} bytes)";

    private string Describe() =>
        MaxBytes % (1024 * 1024) == 0
            ? (MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB"
            : MaxBytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
