using System.Net;
using System.Net.Sockets;

namespace SearchPortal.Web.Tests.Support;

/// <summary>The real portal on Kestrel at 127.0.0.1 and a free port, for a browser to drive.</summary>
internal sealed class LivePortal : IDisposable
{
    private readonly PortalFactory factory = new();

    public LivePortal()
    {
        var port = FreePort();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        BaseAddress = $"http://127.0.0.1:{port}";
    }

    public string BaseAddress { get; }

    public void Dispose() => factory.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
