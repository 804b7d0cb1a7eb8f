namespace SearchPortal.Web.Tests.Support;

/// <summary>A clock stopped at one instant, so relative dates in pages can be asserted.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
