using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>
/// A <c>dicomweb</c> process that keeps printing (<c>changefeed --follow</c>): its stdout lines as they come, SIGINT as
/// Ctrl+C sends it, and a kill by pid on dispose if it is still running.
/// </summary>
internal sealed class FollowProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly Task<string> _stderr;

    private FollowProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Add(e.Data);
            }
        };
        process.BeginOutputReadLine();
    }

    public static FollowProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Paths.DotNet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Paths.DicomWebDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return new FollowProcess(Process.Start(start)!);
    }

    /// <summary>The next line printed, waiting up to 60 s.</summary>
    public string NextLine() =>
        _lines.TryTake(out var line, TimeSpan.FromSeconds(60)) ? line : throw new TimeoutException("dicomweb printed no line within 60 s.");

    /// <summary>Sends SIGINT and waits up to 30 s for the exit; returns the exit code and stderr.</summary>
    public async Task<(int ExitCode, string Stderr)> InterruptAsync()
    {
        using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (_process.ExitCode, await _stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _ = await _stderr;
        _process.Dispose();
        _lines.Dispose();
    }
}
