using System;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

// Reading the current part's body: counted by Content-Length, or scanned for the delimiter without rescanning.
public sealed partial class MultipartRelatedReader
{
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
}
