using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Dicom;

/// <summary>Runs a peer executable (DCMTK, Debian python3) and captures its output.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string executable, params string[] arguments)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        // Read both pipes concurrently so a full stderr pipe cannot block the tool.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(stdout, stderr);
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "dicomtyped-" + Path.GetRandomFileName());
        Directory.CreateDirectory(path);
        return path;
    }
}
