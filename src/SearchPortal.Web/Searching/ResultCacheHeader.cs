namespace SearchPortal.Web.Searching;

/// <summary>The X-Result-Cache response header (hit or miss), so operators and load tests can see what the result cache does.</summary>
public static class ResultCacheHeader
{
    public const string Name = "X-Result-Cache";

    /// <summary>Marks the response of the request under way; nothing outside a request.</summary>
    public static void Add(HttpResponse? response, bool cached)
    {
        if (response is { HasStarted: false })
        {
            response.Headers[Name] = cached ? "hit" : "miss";
        }
    }
}
