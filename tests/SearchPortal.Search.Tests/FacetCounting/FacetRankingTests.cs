using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Tests.FacetCounting;

public sealed class FacetRankingTests
{
    [Test]
    public void Values_rank_by_count_then_name_and_zero_counts_are_not_values()
    {
        var counts = new Dictionary<string, int> { ["Uzbekistan"] = 3, ["China"] = 3, ["Russia"] = 5, ["Iran"] = 0 };

        var ranked = FacetRanking.Rank("country", counts, [], 10);

        Assert.That(ranked.Values.Select(v => v.Value), Is.EqualTo(new[] { "Russia", "China", "Uzbekistan" }));
        Assert.That(ranked.Others, Is.Zero);
    }
}
