using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>Where an outgoing part's bytes come from; opened only when the request is being sent.</summary>
internal abstract class PartSource
{
    /// <summary>The exact byte count when known before sending, which lets the request carry Content-Length.</summary>
    public abstract long? Length { get; }

    /// <summary>
    /// Opens the bytes for one send. <see cref="OpenedPart.DisposeAfterSend"/> says whether the sender
    /// closes the stream when done; a retry opens the source again.
    /// </summary>
    public abstract ValueTask<OpenedPart> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Releases anything the source owns for the content's lifetime.</summary>
    public virtual void Dispose()
    {
    }
}
