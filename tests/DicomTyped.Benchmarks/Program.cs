using BenchmarkDotNet.Running;

namespace DicomTyped.Benchmarks;

/// <summary>Runs the benchmarks named on the command line, e.g. <c>--filter *StudyMatch*</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
