using System.Diagnostics;
using System.Threading;

namespace DicomTyped.Cli.Transfer;

/// <summary>The counts behind a progress display: instances and bytes done and expected, and the time since the start.</summary>
internal sealed class TransferCounter
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _instances;
    private long _bytes;
    private int _expectedInstances;
    private long _expectedBytes;

    public TransferCounter(int expectedInstances, long expectedBytes)
    {
        _expectedInstances = expectedInstances;
        _expectedBytes = expectedBytes;
    }

    public int Instances => Volatile.Read(ref _instances);

    public long Bytes => Interlocked.Read(ref _bytes);

    public int ExpectedInstances => Volatile.Read(ref _expectedInstances);

    public long ExpectedBytes => Interlocked.Read(ref _expectedBytes);

    public double Seconds => Stopwatch.GetElapsedTime(_started).TotalSeconds;

    public void Add(int instances, long bytes)
    {
        Interlocked.Add(ref _instances, instances);
        Interlocked.Add(ref _bytes, bytes);
    }

    public void AddExpected(int instances, long bytes)
    {
        Interlocked.Add(ref _expectedInstances, instances);
        Interlocked.Add(ref _expectedBytes, bytes);
    }

    /// <summary>"12/40 instances, 34.5 MB, 12.1 MB/s".</summary>
    public string Describe()
    {
        var seconds = Seconds;
        var rate = seconds > 0 ? Bytes / seconds : 0;
        var expected = ExpectedInstances > 0 ? $"/{ExpectedInstances}" : "";
        return $"{Instances}{expected} instances, {ByteSize.Format(Bytes)}, {ByteSize.Format((long)rate)}/s";
    }
}
