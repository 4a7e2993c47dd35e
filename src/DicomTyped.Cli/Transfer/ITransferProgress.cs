using System;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Transfer;

/// <summary>
/// Progress of a store or retrieve: instances and bytes done so far, and the rate. Safe to call from parallel requests.
/// </summary>
internal interface ITransferProgress
{
    /// <summary>Counts <paramref name="instances"/> more instances and <paramref name="bytes"/> more bytes as done.</summary>
    void Add(int instances, long bytes);

    /// <summary>Raises the expected total (a retrieve learns it series by series).</summary>
    void AddExpected(int instances, long bytes);
}

/// <summary>Runs a transfer with a progress display that lives as long as the transfer.</summary>
internal interface ITransferProgressHost
{
    Task<T> RunAsync<T>(string verb, int expectedInstances, long expectedBytes, Func<ITransferProgress, Task<T>> transfer, CancellationToken cancellationToken);
}
