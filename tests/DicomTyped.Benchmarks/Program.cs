using BenchmarkDotNet.Running;

namespace DicomTyped.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line, e.g. <c>--filter *StudyMatch*</c>; <c>client-memory</c> runs the
/// client's peak-memory probe instead (a measurement that BenchmarkDotNet's per-operation figures cannot give).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["client-memory"])
        {
            return Client.ClientMemoryProbe.RunAsync().GetAwaiter().GetResult();
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
