using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

// The framing around bodies: the preamble, each part's header block, and a body that ends too early.
public sealed partial class MultipartRelatedReader
{
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
