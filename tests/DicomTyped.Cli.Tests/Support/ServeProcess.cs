using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>
/// <c>dicomweb serve --port 0</c> as a real process over a temporary data folder: started, its base URL read from the
/// line it prints, and killed by pid on dispose (then the folder is removed).
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServeProcess(Process process, string dataDirectory)
    {
        _process = process;
        DataDirectory = dataDirectory;
    }

    /// <summary>The v2 base address the server printed, such as <c>http://127.0.0.1:41234/v2/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The server's root (without the version).</summary>
    public Uri Root => new(BaseAddress, "/");

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>True once <see cref="DisposeAsync"/> saw the process end.</summary>
    public bool Exited { get; private set; }

    public static async Task<ServeProcess> StartAsync(params string[] extraArguments)
    {
        var data = Directory.CreateTempSubdirectory("dicomweb-serve-test-").FullName;
        var start = new ProcessStartInfo(Paths.DotNet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in (IEnumerable<string>)[Paths.DicomWebDll, "serve", "--port", "0", "--data", data, .. extraArguments])
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dicomweb serve did not start.");
        var serve = new ServeProcess(process, data);
        var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                started.TrySetException(new InvalidOperationException("dicomweb serve closed its output before saying where it listens:\n" + serve.Output));
                return;
            }
            serve._output.Enqueue(e.Data);
            if (ServingLine().Match(e.Data) is { Success: true } match)
            {
                started.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                serve._output.Enqueue("stderr: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            serve.BaseAddress = await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
        return serve;
    }

    /// <summary>Kills the server by its pid (SIGKILL), waits for it, and removes the data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            await _process.WaitForExitAsync();
            Exited = true;
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        _process.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    [GeneratedRegex(@"^Serving DICOMweb at (?<url>http://\S+/v2/)")]
    private static partial Regex ServingLine();
}
