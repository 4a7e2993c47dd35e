using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>
/// Reads a multipart/related body (RFC 2046 5.1, RFC 2387, PS3.18 8.6) part by part as it arrives, e.g. a
/// WADO-RS response. Each part's body is a stream over the incoming bytes: nothing is buffered beyond one
/// fixed-size buffer, whatever the size or number of parts, and every byte is examined a bounded number of
/// times. Tolerates a preamble and an epilogue, boundaries longer than RFC 2046's 70 characters (Orthanc's
/// are about 72), transport padding after a delimiter and bare LF line ends. A part with Content-Length is
/// framed by it, and the boundary must follow it.
/// </summary>
/// <remarks>Not thread-safe: one consumer reads parts in order.</remarks>
public sealed partial class MultipartRelatedReader : IDisposable, IAsyncDisposable
{
    private readonly Stream _body;
    private readonly MultipartInputBuffer _input;
    private readonly DelimiterMatcher _delimiter;
    private readonly MultipartReaderOptions _options;
    private ReaderState _state = ReaderState.Preamble;
    private int _partNumber;
    private MultipartPart? _currentPart;
    private bool _disposed;

    // The current part body: either counted by Content-Length or scanned for the delimiter.
    private long _bodyRemaining;
    private long _scanResumeOffset;
    private long _knownBodyEndOffset;
    private DelimiterMatch _pendingDelimiter;
    private long _pendingLineEndOffset;

    // Progress of the header block search, as an absolute offset so refills do not lose it.
    private long _headerCursorOffset;
    private bool _headerCursorAtLineStart;

    /// <summary>Reads <paramref name="body"/>, whose parts are separated by <paramref name="boundary"/>.</summary>
    /// <exception cref="ArgumentException">The boundary is empty, longer than 256 characters, or not printable ASCII.</exception>
    public MultipartRelatedReader(Stream body, string boundary, MultipartReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(boundary);
        if (!MultipartBoundary.IsAcceptableToRead(boundary))
        {
            throw new ArgumentException(
                $"A boundary is 1 to {MultipartBoundary.MaxLenientLength} printable ASCII characters: '{boundary}'.", nameof(boundary));
        }
        _options = options ?? new MultipartReaderOptions();
        _options.Validate();
        _body = body;
        _delimiter = new DelimiterMatcher(boundary);
        _input = new MultipartInputBuffer(body, _options.BufferSize);
    }

    private enum ReaderState
    {
        Preamble,
        PartHeaders,
        PartBody,
        Finished,
    }

    /// <summary>The boundary separating the parts.</summary>
    public string Boundary => _delimiter.Boundary;

    /// <summary>The whole body's Content-Type, when the reader was made from it.</summary>
    public MediaTypeWithParameters? ContentType { get; private init; }

    /// <summary>
    /// The multipart/related <c>type</c> parameter parsed as a media type (e.g. <c>application/dicom</c>, or
    /// Orthanc's <c>application/octet-stream; transfer-syntax=…</c>), when present and well formed.
    /// </summary>
    public MediaTypeWithParameters? RelatedType { get; private init; }

    /// <summary>How many bytes of the body have been consumed so far.</summary>
    public long BytesConsumed => _input.StartOffset;

    /// <summary>
    /// Reads a body described by its Content-Type header value, e.g.
    /// <c>multipart/related; type="application/dicom"; boundary=xyz</c>.
    /// </summary>
    /// <exception cref="MultipartException">The Content-Type is not multipart or has no usable boundary.</exception>
    public static MultipartRelatedReader Create(Stream body, string contentType, MultipartReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(contentType);
        MediaTypeWithParameters parsed;
        try
        {
            parsed = MediaTypeWithParameters.Parse(contentType);
        }
        catch (FormatException e)
        {
            throw new MultipartException($"The Content-Type cannot be parsed: {e.Message}", e);
        }
        if (!string.Equals(parsed.Type, "multipart", StringComparison.OrdinalIgnoreCase))
        {
            throw new MultipartException($"The Content-Type '{contentType}' is not multipart.");
        }
        var boundary = parsed.GetParameter("boundary");
        if (string.IsNullOrEmpty(boundary))
        {
            throw new MultipartException($"The Content-Type '{contentType}' has no boundary parameter.");
        }
        if (!MultipartBoundary.IsAcceptableToRead(boundary))
        {
            throw new MultipartException(
                $"The boundary in Content-Type '{contentType}' is not 1 to {MultipartBoundary.MaxLenientLength} printable ASCII characters.");
        }
        MediaTypeWithParameters.TryParse(parsed.GetParameter("type"), out var relatedType);
        return new MultipartRelatedReader(body, boundary, options) { ContentType = parsed, RelatedType = relatedType };
    }

    /// <summary>
    /// Moves to the next part, skipping what is left of the current one. Null once the closing boundary has
    /// been read (or at once for a body with no parts).
    /// </summary>
    /// <exception cref="MultipartException">The body ends early or is malformed; the message gives the byte offset.</exception>
    public async Task<MultipartPart?> ReadNextPartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        while (true)
        {
            var progressed = _state switch
            {
                ReaderState.Finished => true,
                ReaderState.Preamble => TryPassPreamble(),
                ReaderState.PartBody => TrySkipBody(),
                _ => TryReadHeaders(),
            };
            if (_state == ReaderState.Finished)
            {
                return null;
            }
            if (progressed && _state == ReaderState.PartBody)
            {
                return _currentPart;
            }
            if (!progressed)
            {
                await FillOrThrowTruncatedAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every remaining part in order; the same rules as <see cref="ReadNextPartAsync"/> apply.</summary>
    public async IAsyncEnumerable<MultipartPart> ReadPartsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReadNextPartAsync(cancellationToken).ConfigureAwait(false) is { } part)
        {
            yield return part;
        }
    }

    /// <summary>Returns the buffer to the pool and, unless told to leave it open, disposes the body stream.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _input.Dispose();
        if (!_options.LeaveOpen)
        {
            _body.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _input.Dispose();
        if (!_options.LeaveOpen)
        {
            await _body.DisposeAsync().ConfigureAwait(false);
        }
    }
}
