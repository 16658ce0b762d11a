using System.Net;
using System.Net.Sockets;

namespace Layanan.Tests.Core.Notifications.Channels;

internal static class LoopbackPorts
{
    /// <summary>
    /// Returns a loopback port that nothing listens on, so a connection to it is refused. The port was free
    /// a moment ago, and another process could take it before the test connects, which is unlikely.
    /// </summary>
    public static int FindClosed()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
