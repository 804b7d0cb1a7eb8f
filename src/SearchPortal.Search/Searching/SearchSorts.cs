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
