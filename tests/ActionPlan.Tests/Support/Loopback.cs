using System.Net;
using System.Net.Sockets;

namespace ActionPlan.Tests.Support;

/// <summary>Ports on 127.0.0.1 for the tests' real servers.</summary>
internal static class Loopback
{
    /// <summary>A port nothing listens on at the moment of asking.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
