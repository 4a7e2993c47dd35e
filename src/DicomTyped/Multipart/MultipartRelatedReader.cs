using System;
using System.Collections.Generic;
using System.Globalization;
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
public sealed class MultipartRelatedReader : IDisposable, IAsyncDisposable
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

    internal int ReadBody(int partNumber, Span<byte> destination)
    {
        if (!IsReadable(partNumber))
        {
            return 0;
        }
        while (true)
        {
            var copied = TryReadBody(destination);
            if (copied >= 0)
            {
                return copied;
            }
            if (CanReadDirect(destination.Length))
            {
                var direct = _input.ReadDirect(destination[..DirectReadLength(destination.Length)]);
                if (direct == 0)
                {
                    throw Truncated();
                }
                _bodyRemaining -= direct;
                return direct;
            }
            FillOrThrowTruncated();
        }
    }

    internal ValueTask<int> ReadBodyAsync(int partNumber, Memory<byte> destination, CancellationToken cancellationToken)
    {
        if (!IsReadable(partNumber))
        {
            return ValueTask.FromResult(0);
        }
        // Most reads are served from the buffer; only a refill needs the asynchronous machinery.
        var copied = TryReadBody(destination.Span);
        return copied >= 0 ? ValueTask.FromResult(copied) : ReadBodyAfterRefillAsync(destination, cancellationToken);
    }

    private async ValueTask<int> ReadBodyAfterRefillAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        while (true)
        {
            var copied = TryReadBody(destination.Span);
            if (copied >= 0)
            {
                return copied;
            }
            if (CanReadDirect(destination.Length))
            {
                var direct = await _input.ReadDirectAsync(destination[..DirectReadLength(destination.Length)], cancellationToken).ConfigureAwait(false);
                if (direct == 0)
                {
                    throw Truncated();
                }
                _bodyRemaining -= direct;
                return direct;
            }
            await FillOrThrowTruncatedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool IsReadable(int partNumber)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (partNumber == _partNumber && _state == ReaderState.PartBody)
        {
            return true;
        }
        if (partNumber == _partNumber)
        {
            return false;
        }
        throw new InvalidOperationException(
            $"Part {partNumber} can no longer be read: the reader has moved on to part {_partNumber} and skipped the rest of it.");
    }

    // A caller reading large chunks of a counted part gets the bytes straight from the stream, sparing a copy.
    private bool CanReadDirect(int destinationLength) =>
        _bodyRemaining > 0 && _input.Buffered == 0 && destinationLength >= 4096;

    private int DirectReadLength(int destinationLength) => (int)Math.Min(destinationLength, _bodyRemaining);

    /// <returns>Bytes copied, 0 at the end of the part, -1 when more input is needed first.</returns>
    private int TryReadBody(Span<byte> destination)
    {
        if (_bodyRemaining >= 0)
        {
            return TryReadCountedBody(destination);
        }
        while (true)
        {
            var known = (int)(_knownBodyEndOffset - _input.StartOffset);
            if (known > 0)
            {
                var count = Math.Min(known, destination.Length);
                _input.Window[..count].CopyTo(destination);
                _input.Consume(count);
                return count;
            }
            if (_pendingDelimiter != DelimiterMatch.None)
            {
                EndPart(_pendingDelimiter, _pendingLineEndOffset);
                return 0;
            }
            if (!TryScanForDelimiter())
            {
                return -1;
            }
        }
    }

    private int TryReadCountedBody(Span<byte> destination)
    {
        if (_bodyRemaining > 0)
        {
            if (_input.Buffered == 0)
            {
                return -1;
            }
            var count = (int)Math.Min(Math.Min(_input.Buffered, destination.Length), _bodyRemaining);
            _input.Window[..count].CopyTo(destination);
            _input.Consume(count);
            _bodyRemaining -= count;
            return count;
        }
        return TryEndCountedBody() ? 0 : -1;
    }

    /// <summary>After Content-Length bytes, the delimiter must follow at once.</summary>
    private bool TryEndCountedBody()
    {
        var window = _input.Window;
        var lineFeed = window.Length > 0 && window[0] == (byte)'\r' ? 1 : 0;
        if (window.Length <= lineFeed)
        {
            ThrowIfEndedAtCountedBodyEnd();
            return false;
        }
        var lineEnd = 0;
        var match = window[lineFeed] == (byte)'\n'
            ? _delimiter.MatchLine(window, lineFeed + 1, _input.StreamEnded, out lineEnd)
            : DelimiterMatch.None;
        switch (match)
        {
            case DelimiterMatch.NeedMoreData:
                return false;
            case DelimiterMatch.None:
                ThrowIfEndedAtCountedBodyEnd();
                throw new MultipartException(
                    $"Part {_partNumber}'s Content-Length ({_currentPart?.ContentLength}) does not match its body: no boundary follows it",
                    _input.StartOffset);
            default:
                EndPart(match, _input.StartOffset + lineEnd);
                return true;
        }
    }

    private void ThrowIfEndedAtCountedBodyEnd()
    {
        if (_input.StreamEnded)
        {
            throw Truncated();
        }
    }

    private bool TrySkipBody()
    {
        while (true)
        {
            if (_bodyRemaining >= 0)
            {
                var skipped = (int)Math.Min(_input.Buffered, _bodyRemaining);
                _input.Consume(skipped);
                _bodyRemaining -= skipped;
                if (_bodyRemaining > 0)
                {
                    return false;
                }
                return TryEndCountedBody();
            }
            _input.ConsumeTo(Math.Max(_knownBodyEndOffset, _input.StartOffset));
            if (_pendingDelimiter != DelimiterMatch.None)
            {
                EndPart(_pendingDelimiter, _pendingLineEndOffset);
                return true;
            }
            if (!TryScanForDelimiter())
            {
                return false;
            }
        }
    }

    /// <returns>Whether the scan found more body bytes or the delimiter.</returns>
    private bool TryScanForDelimiter()
    {
        var windowStart = _input.StartOffset;
        var scan = _delimiter.Scan(_input.Window, (int)(_scanResumeOffset - windowStart), _input.StreamEnded);
        _knownBodyEndOffset = windowStart + scan.SafeEnd;
        _scanResumeOffset = windowStart + scan.ResumeAt;
        if (scan.Match is DelimiterMatch.Delimiter or DelimiterMatch.CloseDelimiter)
        {
            _pendingDelimiter = scan.Match;
            _pendingLineEndOffset = windowStart + scan.LineEnd;
            return true;
        }
        return scan.SafeEnd > 0;
    }

    /// <summary>Discards everything up to the first delimiter, which may open the body without a line break.</summary>
    private bool TryPassPreamble()
    {
        if (_input.StartOffset == 0)
        {
            var atStart = _delimiter.MatchLine(_input.Window, 0, _input.StreamEnded, out var lineEnd);
            if (atStart == DelimiterMatch.NeedMoreData)
            {
                return false;
            }
            if (atStart != DelimiterMatch.None)
            {
                EndPart(atStart, lineEnd);
                return true;
            }
        }
        if (!TryScanForDelimiter())
        {
            return false;
        }
        _input.ConsumeTo(_knownBodyEndOffset);
        if (_pendingDelimiter != DelimiterMatch.None)
        {
            EndPart(_pendingDelimiter, _pendingLineEndOffset);
        }
        return true;
    }

    private bool TryReadHeaders()
    {
        var window = _input.Window;
        var cursor = (int)(_headerCursorOffset - _input.StartOffset);
        var blockLength = MultipartHeaderParser.FindBlockEnd(window, ref cursor, ref _headerCursorAtLineStart, out var consumed);
        _headerCursorOffset = _input.StartOffset + cursor;
        if (blockLength < 0)
        {
            if (window.Length > _options.MaxHeaderBlockSize + 2)
            {
                throw new MultipartException(
                    $"Part {_partNumber + 1}'s header block is larger than {_options.MaxHeaderBlockSize} bytes", _input.StartOffset);
            }
            return false;
        }
        if (blockLength > _options.MaxHeaderBlockSize)
        {
            throw new MultipartException(
                $"Part {_partNumber + 1}'s header block is larger than {_options.MaxHeaderBlockSize} bytes", _input.StartOffset);
        }
        _partNumber++;
        var headers = MultipartHeaderParser.Parse(window[..blockLength], _input.StartOffset, _partNumber);
        var contentType = ParseContentType(headers);
        var contentLength = ParseContentLength(headers);
        _input.Consume(consumed);
        StartBody(contentLength);
        _currentPart = new MultipartPart(_partNumber, headers, contentType, contentLength, _input.StartOffset, new MultipartPartStream(this, _partNumber));
        return true;
    }

    private MediaTypeWithParameters? ParseContentType(Dictionary<string, string> headers)
    {
        if (!headers.TryGetValue("Content-Type", out var text))
        {
            return null;
        }
        return MediaTypeWithParameters.TryParse(text, out var parsed)
            ? parsed
            : throw new MultipartException($"Part {_partNumber}'s header block has a Content-Type that is not a media type: '{text}'", _input.StartOffset);
    }

    private long? ParseContentLength(Dictionary<string, string> headers)
    {
        if (!headers.TryGetValue("Content-Length", out var text))
        {
            return null;
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : throw new MultipartException($"Part {_partNumber}'s header block has a Content-Length that is not a byte count: '{text}'", _input.StartOffset);
    }

    private void StartBody(long? contentLength)
    {
        _state = ReaderState.PartBody;
        _bodyRemaining = contentLength ?? -1;
        _scanResumeOffset = _knownBodyEndOffset = _input.StartOffset;
        _pendingDelimiter = DelimiterMatch.None;
    }

    private void EndPart(DelimiterMatch delimiter, long lineEndOffset)
    {
        _input.ConsumeTo(lineEndOffset);
        _pendingDelimiter = DelimiterMatch.None;
        _bodyRemaining = -1;
        _scanResumeOffset = _knownBodyEndOffset = lineEndOffset;
        _headerCursorOffset = lineEndOffset;
        _headerCursorAtLineStart = true;
        // The epilogue after the close delimiter is left unread: it carries nothing, and reading it could wait on a slow peer.
        _state = delimiter == DelimiterMatch.CloseDelimiter ? ReaderState.Finished : ReaderState.PartHeaders;
    }

    private void FillOrThrowTruncated()
    {
        if (_input.StreamEnded)
        {
            throw Truncated();
        }
        _input.Fill();
    }

    private async ValueTask FillOrThrowTruncatedAsync(CancellationToken cancellationToken)
    {
        if (_input.StreamEnded)
        {
            throw Truncated();
        }
        await _input.FillAsync(cancellationToken).ConfigureAwait(false);
    }

    private MultipartException Truncated()
    {
        var where = _state switch
        {
            ReaderState.Preamble => "before the first boundary",
            ReaderState.PartHeaders => $"inside the header block of part {_partNumber + 1}",
            _ => $"inside part {_partNumber}",
        };
        return new MultipartException(
            $"The multipart body is truncated: it ended {where}, before the closing boundary '--{Boundary}--'", _input.EndOffset);
    }
}
