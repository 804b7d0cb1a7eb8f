using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

/// <summary>
/// Thousands of hostile requests against the real portal over the sample index: none may be answered 5xx, and none
/// may take long. The seed is printed; FUZZ_SEED=n replays a run.
/// </summary>
public class RequestFuzzTests : PortalFixture
{
    private const int Requests = 2000;
    private const int EngineCalls = 300;

    // Generous on purpose: this catches a hang or a runaway request, it does not measure speed (tools/bench/fuzz-cost.sh does).
    private static readonly TimeSpan PerRequestBound = TimeSpan.FromSeconds(10);

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var seed) ? seed : Environment.TickCount & int.MaxValue;

    [Test]
    public async Task No_generated_request_is_answered_with_a_server_error_or_takes_long()
    {
        var seed = Seed;
        TestContext.Progress.WriteLine($"RequestFuzzTests seed {seed} (FUZZ_SEED={seed} replays it)");
        var requests = new FuzzedRequests(seed);
        var failures = new List<string>();
        var slowest = new List<(long Ms, string Request)>();
        for (var i = 0; i < Requests && failures.Count < 10; i++)
        {
            var (method, url) = requests.Next();
            var clock = Stopwatch.StartNew();
            using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            await response.Content.ReadAsByteArrayAsync();
            slowest.Add((clock.ElapsedMilliseconds, $"{method} {Shown(url)[..Math.Min(120, Shown(url).Length)]} -> {(int)response.StatusCode}"));
            if ((int)response.StatusCode >= 500 || clock.Elapsed > PerRequestBound)
            {
                failures.Add($"{method} {Shown(url)} -> {(int)response.StatusCode} in {clock.ElapsedMilliseconds} ms");
            }
        }

        foreach (var (ms, request) in slowest.OrderByDescending(s => s.Ms).Take(8))
        {
            TestContext.Progress.WriteLine($"{ms} ms {request}");
        }

        Assert.That(failures, Is.Empty, $"seed {seed}");
    }

    [Test]
    public void The_engine_answers_generated_text_with_lone_surrogates_without_throwing_or_taking_long()
    {
        var seed = Seed;
        TestContext.Progress.WriteLine($"RequestFuzzTests engine seed {seed} (FUZZ_SEED={seed} replays it)");
        var texts = new FuzzedRequests(seed);
        var search = Factory.Services.GetRequiredService<IArticleSearch>();
        var failures = new List<string>();
        for (var i = 0; i < EngineCalls && failures.Count < 10; i++)
        {
            var text = texts.NextText();
            var clock = Stopwatch.StartNew();
            try
            {
                var filters = new Dictionary<string, IReadOnlyList<string>> { ["country"] = [text], ["official"] = [text[..Math.Min(text.Length, 40)]] };
                search.Search(new SearchRequest(text, i % 3 == 0 ? filters : new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AllWordsThenAny));
                search.Suggest(text);
                search.Find(i % 2 == 0 ? SampleArticles.TokayevXiCall : text, text);
            }
            catch (Exception ex) when (ex is not AssertionException)
            {
                failures.Add($"{Shown(text)}: {ex.GetType().Name}: {ex.Message}");
            }

            if (clock.Elapsed > PerRequestBound)
            {
                failures.Add($"{Shown(text)}: {clock.ElapsedMilliseconds} ms");
            }
        }

        Assert.That(failures, Is.Empty, $"seed {seed}");
    }

    private static string Shown(string text) =>
        string.Concat(text.Take(200).Select(c => c < ' ' || char.IsSurrogate(c) || c >= '\uFFFE' ? $"\\u{(int)c:X4}" : c.ToString()));
}
