using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>
/// A caller's stream. Like <see cref="System.Net.Http.StreamContent"/>, the content owns it from then on. A
/// seekable stream is rewound for a retried send; a forward-only one can be sent once.
/// </summary>
internal sealed class StreamPartSource : PartSource
{
    private readonly Stream _stream;
    private readonly long _startPosition;
    private bool _opened;

    public StreamPartSource(Stream stream)
    {
        if (!stream.CanRead)
        {
            throw new ArgumentException("The part stream cannot be read.", nameof(stream));
        }
        _stream = stream;
        _startPosition = stream.CanSeek ? stream.Position : -1;
        Length = stream.CanSeek ? stream.Length - stream.Position : null;
    }

    public override long? Length { get; }

    public override ValueTask<OpenedPart> OpenAsync(CancellationToken cancellationToken)
    {
        if (_opened)
        {
            if (!_stream.CanSeek)
            {
                throw new InvalidOperationException(
                    "A part made from a forward-only stream can be sent once; use a file or a stream factory for retried requests.");
            }
            _stream.Position = _startPosition;
        }
        _opened = true;
        return ValueTask.FromResult(new OpenedPart(_stream, DisposeAfterSend: false));
    }

    public override void Dispose() => _stream.Dispose();
}
