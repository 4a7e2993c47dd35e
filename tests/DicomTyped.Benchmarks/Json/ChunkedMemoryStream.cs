using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Benchmarks.Json;

/// <summary>A memory stream that returns 1-4 KB per read (sizes from a fixed seed), as a network stream does.</summary>
internal sealed class ChunkedMemoryStream(byte[] data) : MemoryStream(data)
{
    private readonly Random _random = new(1);

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, Next())]);

    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, Next()));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        base.ReadAsync(buffer[..Math.Min(buffer.Length, Next())], cancellationToken);

    private int Next() => _random.Next(1024, 4097);
}
