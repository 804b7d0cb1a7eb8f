using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// What a request's budget counts: the collection passes, not the time before them (reading the query, loading the
/// translation table on a portal's first search), which once cut a cold portal's first search to nothing.
/// </summary>
public sealed class SearchBudgetTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(200);

    [Test]
    public void Time_spent_before_any_collection_pass_is_not_counted()
    {
        var budget = new SearchBudget(Limit);

        Thread.Sleep(Limit * 3);

        Assert.That((budget.Spent(), budget.Cut), Is.EqualTo((false, false)));
    }

    [Test]
    public void Time_spent_between_passes_is_not_counted_but_the_passes_add_up()
    {
        var budget = new SearchBudget(Limit);
        budget.BeginPass();
        Thread.Sleep(Limit * 0.1);
        budget.EndPass();
        Thread.Sleep(Limit * 3);

        Assert.That(budget.Spent(), Is.False, "one pass of 20 ms and a pause of 600 ms");

        budget.BeginPass();
        Thread.Sleep(Limit);

        Assert.That((budget.Spent(), budget.Cut), Is.EqualTo((true, true)), "passes of 20 and 200 ms");
        budget.EndPass();
        Assert.That(budget.Spent(), Is.True, "once cut, the request stays cut");
    }

    [Test]
    public void An_infinite_budget_is_never_spent()
    {
        var budget = new SearchBudget(Timeout.InfiniteTimeSpan);
        budget.BeginPass();
        Thread.Sleep(10);

        Assert.That(budget.Spent(), Is.False);
    }
}
