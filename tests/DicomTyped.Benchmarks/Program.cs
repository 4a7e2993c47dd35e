using BenchmarkDotNet.Running;

namespace DicomTyped.Benchmarks;

<<<<<<< HEAD
/// <summary>Runs the benchmarks named on the command line, e.g. <c>--filter *StudyMatch*</c>.</summary>
=======
>>>>>>> emit
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
