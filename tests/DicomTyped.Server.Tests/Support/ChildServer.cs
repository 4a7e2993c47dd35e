using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace DicomTyped.Server.Tests.Support;

/// <summary>The server in a child process (DicomTyped.Server.TestHost) that a test can kill with SIGKILL.</summary>
public sealed class ChildServer : IDisposable
{
    private readonly Process _process;

    private ChildServer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<ChildServer> StartAsync(string dataDirectory)
    {
        // tests/DicomTyped.Server.Tests/bin/{Configuration}/net10.0 -> tests/DicomTyped.Server.TestHost/bin/{Configuration}/net10.0
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = here.Parent!.Name;
        var testsFolder = here.Parent.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(testsFolder, "DicomTyped.Server.TestHost", "bin", configuration, here.Name, "DicomTyped.Server.TestHost.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build tests/DicomTyped.Server.TestHost first.", dll);
        }
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(dataDirectory);
        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line is null)
        {
            throw new InvalidOperationException("The test host exited before listening.");
        }
        return new ChildServer(process, new Uri(line.Trim()));
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }
        _process.Dispose();
    }
}
