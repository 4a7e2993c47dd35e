using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Support;

/// <summary>A stream that returns at most a varying few bytes per read, as a network stream does (sizes from a fixed seed).</summary>
internal sealed class ChunkedStream(byte[] data, int minChunk, int maxChunk, int seed = 1) : MemoryStream(data)
{
    private readonly Random _random = new(seed);

    public int Reads { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, Next()));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, Next())]);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        base.ReadAsync(buffer[..Math.Min(buffer.Length, Next())], cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        base.ReadAsync(buffer, offset, Math.Min(count, Next()), cancellationToken);

    private int Next()
    {
        Reads++;
        return _random.Next(minChunk, maxChunk + 1);
    }
}
