namespace SearchPortal.Web.Tests.Support;

/// <summary>Waits for something a background service does: asks again until it holds or a generous deadline passes.</summary>
internal static class Polling
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when it still does not after the deadline.</summary>
    public static async Task<bool> Until(Func<Task<bool>> condition)
    {
        var giveUp = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < giveUp)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }

    public static Task<bool> Until(Func<bool> condition) => Until(() => Task.FromResult(condition()));
}
