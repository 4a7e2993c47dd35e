using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;
using static DicomTyped.Cli.Tests.Support.ServedSamples;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary><c>dicomweb changefeed --follow</c> as a running process: it prints what is stored after it started, and Ctrl+C (SIGINT) ends it with exit code 0.</summary>
public sealed class ChangeFeedFollowTests
{
    [Fact]
    public async Task Follow_prints_an_instance_stored_after_it_started_and_SIGINT_ends_it_with_exit_code_0()
    {
        await using var serve = await ServeProcess.StartAsync();
        await StoreAsync(serve.BaseAddress, Files.Take(2));
        var lines = new BlockingCollection<string>();
        var start = new ProcessStartInfo(Paths.DotNet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = System.IO.Path.GetTempPath(),
        };
        foreach (var argument in new[] { Paths.DicomWebDll, "changefeed", "--follow", "--interval", "0.2", "--url", serve.BaseAddress.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        using var follow = Process.Start(start)!;
        var stderr = follow.StandardError.ReadToEndAsync();
        follow.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Add(e.Data);
            }
        };
        follow.BeginOutputReadLine();
        try
        {
            Assert.StartsWith("1\t", Next(lines));
            Assert.StartsWith("2\t", Next(lines));
            await StoreAsync(serve.BaseAddress, Files.Skip(2));
            var third = Next(lines).Split('\t');
            Assert.Equal(("3", Red), (third[0], third[6]));

            using (var interrupt = Process.Start("kill", ["-INT", follow.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }
            await follow.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(follow.ExitCode == 0, await stderr);
        }
        finally
        {
            if (!follow.HasExited)
            {
                follow.Kill(entireProcessTree: true);
            }
        }
    }

    private static string Next(BlockingCollection<string> lines) =>
        lines.TryTake(out var line, TimeSpan.FromSeconds(60)) ? line : throw new TimeoutException("dicomweb changefeed --follow printed no line within 60 s.");
}
