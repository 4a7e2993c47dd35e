using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>A stream made on demand by the caller, once per send; the send disposes it.</summary>
internal sealed class FactoryPartSource : PartSource
{
    private readonly Func<CancellationToken, Task<Stream>> _open;

    public FactoryPartSource(Func<CancellationToken, Task<Stream>> open, long? length)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A part length cannot be negative.");
        }
        _open = open;
        Length = length;
    }

    public override long? Length { get; }

    public override async ValueTask<OpenedPart> OpenAsync(CancellationToken cancellationToken)
    {
        var stream = await _open(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The part's stream factory returned null.");
        return new OpenedPart(stream, DisposeAfterSend: true);
    }
}
