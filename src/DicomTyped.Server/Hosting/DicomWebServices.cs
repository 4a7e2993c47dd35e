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
        Index = new SqliteDicomIndex(System.IO.Path.Combine(System.IO.Path.GetFullPath(options.DataDirectory), "index.db"));
    }

    public DicomWebServerOptions Options { get; }

    public IInstanceFileStore Files { get; }

    public IDicomIndex Index { get; }

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
            _started = true;
        }
        finally
        {
            _startGate.Release();
        }
    }

    public void Dispose()
    {
        (Index as IDisposable)?.Dispose();
        _startGate.Dispose();
    }
}
