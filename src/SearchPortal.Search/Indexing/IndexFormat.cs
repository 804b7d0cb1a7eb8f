using System.Reflection;
using Lucene.Net.Index;

namespace SearchPortal.Search.Indexing;

/// <summary>What the index files are written by, for reports that must say which engine built them.</summary>
public static class IndexFormat
{
    /// <summary>The Lucene.Net package version indexes are built with, e.g. 4.8.0-beta00017 (without the commit the package names after it).</summary>
    public static string LuceneNetVersion { get; } = Version();

    private static string Version()
    {
        var version = typeof(IndexWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var end = version.IndexOfAny(['+', ' ']);
        return end < 0 ? version : version[..end];
    }
}
