using System.Net;
using System.Net.Sockets;

namespace DicomTyped.TestSupport;

/// <summary>A loopback TCP port for a server that cannot be told to pick its own (Orthanc 1.10, HttpListener).</summary>
internal static class LoopbackPort
{
    /// <summary>A port the kernel hands out now on 127.0.0.1; free until someone else takes it, so bind it soon.</summary>
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
