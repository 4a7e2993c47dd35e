using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DicomTyped.Benchmarks.Client;

/// <summary>
/// In-process (so one Orthanc and one stored study serve every case), one invocation per iteration (each is a whole
/// study), few iterations: the work is seconds long and the machine is shared.
/// </summary>
public sealed class ClientBenchmarkConfig : ManualConfig
{
    public ClientBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(1)
            .WithIterationCount(7)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("client"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
