using System.Text;
using System.Text.Json;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// The JSON lines the peers harness reads (shared/bench/peers/README.md, "The adapter contract"): one index line
/// after a build, one query line per variant and thread count. Latencies in ms to 3 decimals, wall time to 4. Each
/// query line also carries "cpu_s", the process's CPU seconds over the run, which the harness ignores.
/// </summary>
internal static class HarnessJson
{
    /// <summary>The peer name under which the harness lists SearchPortal.</summary>
    public const string Peer = "searchportal";

    public static string IndexLine(int docs, long textBytes, double buildSeconds, string luceneVersion) => Line(json =>
    {
        json.WriteString("peer", Peer);
        json.WriteString("phase", "index");
        json.WriteNumber("docs", docs);
        json.WriteNumber("text_bytes", textBytes);
        json.WriteNumber("build_s", Math.Round(buildSeconds, 3));
        json.WriteString("lucenenet_version", luceneVersion);
    });

    /// <summary>The line of one timed run; "hits" only for a single-threaded run, from its first pass.</summary>
    public static string QueryLine(string variant, TimedRun run) => Line(json =>
    {
        json.WriteString("peer", Peer);
        json.WriteString("phase", "query");
        json.WriteString("variant", variant);
        json.WriteNumber("threads", run.Threads);
        json.WriteNumber("queries", run.LatenciesMs.Count);
        json.WriteNumber("wall_s", Math.Round(run.WallSeconds, 4));
        json.WriteNumber("cpu_s", Math.Round(run.CpuSeconds, 4));
        json.WriteStartArray("lat_ms");
        foreach (var latency in run.LatenciesMs)
        {
            json.WriteNumberValue(Math.Round(latency, 3));
        }

        json.WriteEndArray();
        if (run.FirstPass is { } answers)
        {
            json.WriteStartArray("hits");
            foreach (var answer in answers)
            {
                json.WriteNumberValue(answer.Total);
            }

            json.WriteEndArray();
        }
    });

    private static string Line(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
