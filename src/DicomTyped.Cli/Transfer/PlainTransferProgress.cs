using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Transfer;

/// <summary>
/// Progress off a terminal: one line on stderr at most every two seconds and one at the end, so a log or a pipe gets
/// a readable trace and stdout keeps only the summary.
/// </summary>
internal sealed class PlainTransferProgress(TextWriter error) : ITransferProgressHost
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public async Task<T> RunAsync<T>(string verb, int expectedInstances, long expectedBytes, Func<ITransferProgress, Task<T>> transfer, CancellationToken cancellationToken)
    {
        var progress = new Lines(verb, new TransferCounter(expectedInstances, expectedBytes), error);
        var result = await transfer(progress).ConfigureAwait(false);
        progress.Final();
        return result;
    }

    private sealed class Lines(string verb, TransferCounter counter, TextWriter error) : ITransferProgress
    {
        private readonly Lock _gate = new();
        private double _lastLine;

        public void Add(int instances, long bytes)
        {
            counter.Add(instances, bytes);
            lock (_gate)
            {
                if (counter.Seconds - _lastLine >= Interval.TotalSeconds)
                {
                    _lastLine = counter.Seconds;
                    error.WriteLine($"{verb}: {counter.Describe()}");
                }
            }
        }

        public void AddExpected(int instances, long bytes) => counter.AddExpected(instances, bytes);

        public void Final()
        {
            lock (_gate)
            {
                error.WriteLine($"{verb}: {counter.Describe()}");
            }
        }
    }
}
