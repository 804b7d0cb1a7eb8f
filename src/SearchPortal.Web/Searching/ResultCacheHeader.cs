namespace SearchPortal.Web.Searching;

/// <summary>The X-Result-Cache response header (hit or miss), so operators and load tests can see what the result cache does.</summary>
public static class ResultCacheHeader
{
    public const string Name = "X-Result-Cache";

    public static void Add(HttpResponse response, PortalSearch search, PortalAnswer answer)
    {
        if (search.CacheEnabled)
        {
            response.Headers[Name] = answer.Cached ? "hit" : "miss";
        }
    }
}
