using System.Globalization;
using Lucene.Net.Search;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>The Lucene sort of each <see cref="SearchSort"/>; undated articles come last in both date orders.</summary>
internal static class SearchSorts
{
    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(NewestFirst(), SortField.FIELD_SCORE),
        SearchSort.Oldest => new Sort(OldestFirst(), SortField.FIELD_SCORE),
        _ => new Sort(SortField.FIELD_SCORE, NewestFirst()),
    };

    /// <summary>Whether <paramref name="sort"/> is the relevance sort: score, then newest (<see cref="CompetitiveHits"/> keeps its queue).</summary>
    public static bool IsRelevance(Sort sort)
    {
        var fields = sort.GetSort();
        return fields.Length == 2 && fields[0].Type == SortFieldType.SCORE && !fields[0].IsReverse
            && fields[1].Field == ArticleFields.DateSort && fields[1].Type == SortFieldType.INT64 && fields[1].IsReverse
            && Convert.ToInt64(fields[1].MissingValue, CultureInfo.InvariantCulture) == 0;
    }

    private static SortField NewestFirst()
    {
        var field = new SortField(ArticleFields.DateSort, SortFieldType.INT64, reverse: true);
        field.SetMissingValue(0L);
        return field;
    }

    private static SortField OldestFirst()
    {
        var field = new SortField(ArticleFields.DateSort, SortFieldType.INT64, reverse: false);
        field.SetMissingValue(long.MaxValue);
        return field;
    }
}
