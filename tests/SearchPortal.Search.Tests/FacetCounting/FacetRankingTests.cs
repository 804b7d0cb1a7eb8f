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

    [Test]
    public void Only_the_top_values_come_back_with_the_rest_counted_as_others_and_selected_values_added()
    {
        // 500 values: "v000" counted 1 time ... "v499" counted 500 times; ties broken by name.
        var counts = Enumerable.Range(0, 500).ToDictionary(i => $"v{i:D3}", i => i + 1);
        counts["tie-b"] = 500;
        counts["tie-a"] = 500;
        counts["unused"] = 0;

        var ranked = FacetRanking.Rank("category", counts, ["v001", "unused", "absent"], 4);

        Assert.That(ranked.Values.Select(v => (v.Value, v.Count, v.Selected)), Is.EqualTo(new[]
        {
            ("tie-a", 500, false), ("tie-b", 500, false), ("v499", 500, false), ("v498", 499, false), ("v001", 2, true),
            ("absent", 0, true), ("unused", 0, true),
        }));
        Assert.That(ranked.Others, Is.EqualTo(502 - 5), "every other value with a count");
        Assert.That(FacetRanking.Rank("category", counts, [], int.MaxValue).Values, Has.Count.EqualTo(502));
    }
}
