using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Index;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.Hosting;

/// <summary>What every endpoint stands on: the options, the file store, the index; made once per server.</summary>
internal sealed class DicomWebServices : IDisposable
{
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private bool _started;

    public DicomWebServices(DicomWebServerOptions options)
    {
        options.Validate();
        Options = options;
        Files = new FileSystemInstanceStore(options.DataDirectory);
        var index = new SqliteDicomIndex(System.IO.Path.Combine(System.IO.Path.GetFullPath(options.DataDirectory), "index.db"));
        Index = index;
        ExtendedQueryTags = new ExtendedQueryTags.ExtendedQueryTagService(index, Files);
    }

    public DicomWebServerOptions Options { get; }

    public IInstanceFileStore Files { get; }

    public IDicomIndex Index { get; }

    /// <summary>Extended query tags: their registry (read by searches) and background reindex.</summary>
    public ExtendedQueryTags.ExtendedQueryTagService ExtendedQueryTags { get; }

    /// <summary>What start-up reconciliation found, once it ran.</summary>
    public ReconciliationReport? Reconciliation { get; private set; }

    /// <summary>Creates the schema and reconciles files with index rows (once).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _startGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_started)
            {
                return;
            }
            await Index.InitializeAsync(cancellationToken).ConfigureAwait(false);
            Reconciliation = await StartupReconciliation.RunAsync(Files, Index, cancellationToken).ConfigureAwait(false);
            await ExtendedQueryTags.StartAsync(cancellationToken).ConfigureAwait(false);
            _started = true;
        }
        finally
        {
            _startGate.Release();
        }
    }

    public void Dispose()
    {
        // The reindex stops first (cancelled, resumed at the next start), then the index it writes to closes.
        ExtendedQueryTags.DisposeAsync().AsTask().GetAwaiter().GetResult();
        (Index as IDisposable)?.Dispose();
        _startGate.Dispose();
    }
}
