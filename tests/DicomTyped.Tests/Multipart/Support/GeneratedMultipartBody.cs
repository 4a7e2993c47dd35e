using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Multipart.Support;

/// <summary>
/// A whole multipart/related body produced lazily as it is read: preamble, parts of pattern content
/// (every other one with Content-Length), close delimiter and epilogue. It hashes the content bytes it
/// hands out, so a reader's result can be checked without ever holding the body.
/// </summary>
internal sealed class GeneratedMultipartBody : Stream
{
    private readonly List<Segment> _segments = [];
    private readonly PatternBytes _pattern;
    private readonly IncrementalHash _contentHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _segment;
    private long _positionInSegment;

    public GeneratedMultipartBody(string boundary, int partCount, long partLength)
    {
        Boundary = boundary;
        _pattern = new PatternBytes(boundary);
        AddLiteral("A preamble that readers skip.\r\n");
        for (var part = 0; part < partCount; part++)
        {
            var lengthHeader = part % 2 == 0 ? $"Content-Length: {partLength}\r\n" : "";
            AddLiteral($"{(part == 0 ? "" : "\r\n")}--{boundary}\r\nContent-Type: application/octet-stream\r\n{lengthHeader}\r\n");
            _segments.Add(new Segment(null, partLength, part * 7_919));
            ContentLength += partLength;
            BodyLength += partLength;
        }
        AddLiteral($"\r\n--{boundary}--\r\nAn epilogue that readers ignore.\r\n");
    }

    public string Boundary { get; }

    public long ContentLength { get; }

    public long BodyLength { get; private set; }

    public long ContentBytesProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The SHA-256 of all content bytes produced, in order; call once the body has been read.</summary>
    public byte[] ContentHash() => _contentHash.GetHashAndReset();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _segment < _segments.Count)
        {
            var segment = _segments[_segment];
            var count = (int)Math.Min(buffer.Length - written, segment.Length - _positionInSegment);
            var target = buffer.Slice(written, count);
            if (segment.Literal is { } literal)
            {
                literal.AsSpan((int)_positionInSegment, count).CopyTo(target);
            }
            else
            {
                _pattern.Copy(_positionInSegment, segment.Phase, target);
                _contentHash.AppendData(target);
                ContentBytesProduced += count;
            }
            written += count;
            _positionInSegment += count;
            if (_positionInSegment == segment.Length)
            {
                _segment++;
                _positionInSegment = 0;
            }
        }
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _contentHash.Dispose();
        }
        base.Dispose(disposing);
    }

    private void AddLiteral(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        _segments.Add(new Segment(bytes, bytes.Length, 0));
        BodyLength += bytes.Length;
    }

    private readonly record struct Segment(byte[]? Literal, long Length, int Phase);
}
