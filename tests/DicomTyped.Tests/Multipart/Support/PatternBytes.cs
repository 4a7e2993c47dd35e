using System;
using System.Text;

namespace DicomTyped.Tests.Multipart.Support;

/// <summary>
/// A repeating block of random bytes (a prime length, so block edges drift across read buffers) salted with
/// near-delimiters for one boundary: content that a careless boundary search would cut.
/// </summary>
internal sealed class PatternBytes
{
    public const int BlockLength = 65_521;

    public PatternBytes(string boundary, int seed = 42)
    {
        Block = new byte[BlockLength];
        new Random(seed).NextBytes(Block);
        string[] decoys = [$"\r\n--{boundary}X", $"\r\n--{boundary[..^1]}\r\n", $"\n--{boundary}-Z", "\r\n\r\n--", "\r"];
        for (var i = 0; i < decoys.Length; i++)
        {
            for (var at = 1000 + (i * 977); at + 300 < BlockLength; at += 9_001)
            {
                Encoding.Latin1.GetBytes(decoys[i]).CopyTo(Block, at);
            }
        }
    }

    public byte[] Block { get; }

    /// <summary>Copies the pattern's bytes for content positions starting at <paramref name="position"/> (shifted by <paramref name="phase"/>).</summary>
    public void Copy(long position, int phase, Span<byte> destination)
    {
        var index = (int)((position + phase) % BlockLength);
        while (!destination.IsEmpty)
        {
            var count = Math.Min(destination.Length, BlockLength - index);
            Block.AsSpan(index, count).CopyTo(destination);
            destination = destination[count..];
            index = 0;
        }
    }
}
