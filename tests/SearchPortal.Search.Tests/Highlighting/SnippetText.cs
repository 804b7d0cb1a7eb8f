using System.Net;
using System.Text.RegularExpressions;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>Reads highlighter HTML back as a reader sees it: marked words and the visible text.</summary>
internal static partial class SnippetText
{
    /// <summary>The decoded text inside each &lt;mark&gt;, in order.</summary>
    public static List<string> Marked(string html) =>
        MarkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The decoded text without tags.</summary>
    public static string Visible(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty));

    /// <summary>Whitespace runs collapsed to one space, as snippets show them.</summary>
    public static string Collapsed(string text) => WhiteSpacePattern().Replace(text, " ").Trim();

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpacePattern();
}
