using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server;

// Usage: DicomTyped.Server.TestHost <data folder>
// Prints the v2 base address on one line once listening, then serves until killed or stdin closes.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: DicomTyped.Server.TestHost <data folder>");
    return 2;
}
await using var host = await DicomWebServerHost.StartAsync(new DicomWebServerOptions { DataDirectory = args[0] }, CancellationToken.None);
Console.WriteLine(host.BaseAddress);
Console.Out.Flush();
// The parent holds stdin open; when it goes away (even without killing us), so do we.
await Task.Run(() => Console.In.ReadToEnd());
return 0;
