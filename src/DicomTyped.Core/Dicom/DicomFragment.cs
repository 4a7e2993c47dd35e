using System;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom;

/// <summary>One item of encapsulated pixel data: bytes in memory or a range left in the source stream.</summary>
public sealed class DicomFragment
{
    private ReadOnlyMemory<byte> _data;
    private bool _loaded;

    /// <summary>Creates a fragment held in memory.</summary>
    public DicomFragment(ReadOnlyMemory<byte> data)
    {
        _data = data;
        _loaded = true;
    }

    /// <summary>Creates a fragment left in its source stream.</summary>
    public DicomFragment(DicomStreamRange range)
    {
        StreamRange = range ?? throw new ArgumentNullException(nameof(range));
    }

    /// <summary>The source range, or null when the fragment is in memory.</summary>
    public DicomStreamRange? StreamRange { get; }

    /// <summary>The fragment length in bytes.</summary>
    public long Length => StreamRange?.Length ?? _data.Length;

    /// <summary>The fragment bytes, read from the stream on first access when referenced.</summary>
    public ReadOnlyMemory<byte> Data
    {
        get
        {
            if (!_loaded)
            {
                _data = StreamRange!.ReadAll();
                _loaded = true;
            }
            return _data;
        }
    }

    /// <summary>The fragment bytes, read asynchronously when referenced.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> GetDataAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _data = await StreamRange!.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            _loaded = true;
        }
        return _data;
    }
}
