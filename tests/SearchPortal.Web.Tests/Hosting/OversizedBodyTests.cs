using System.Net.Sockets;
using System.Text;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

/// <summary>
/// Kestrel's body size limit (413) only strikes when the application reads a body, and the portal reads none: a request
/// announcing one past the limit reaches the pipeline and gets its answer with the security headers. (The limits Kestrel
/// enforces while parsing, 400 for a bad request line, 414, 431, are answered before any middleware runs.)
/// </summary>
public class OversizedBodyTests
{
    [TestCase("GET", "/api/search?q=summit", "HTTP/1.1 200 ")]
    [TestCase("POST", "/api/search?q=summit", "HTTP/1.1 405 ")]
    public async Task A_request_announcing_a_body_past_the_size_limit_is_answered_with_the_security_headers(string method, string path, string statusLine)
    {
        using var portal = new LivePortal();
        var address = new Uri(portal.BaseAddress);
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();

        // 100 GB announced, 1 KB sent: Kestrel's default limit is 30 MB.
        var head = $"{method} {path} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Length: 100000000000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + new string('a', 1024)));
        var answer = await ReadHeadAsync(stream);

        Assert.That(answer, Does.StartWith(statusLine));
        Assert.That(answer, Does.Contain("Content-Security-Policy: default-src 'self'").And.Contain("X-Content-Type-Options: nosniff"));
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString();
    }
}
