using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace DicomTyped.Tests.Dicom;

/// <summary>Builds small Part 10 files byte by byte, so malformed inputs can be made on purpose.</summary>
internal sealed class DicomBytes
{
    private readonly List<byte> _bytes = new();

    public static DicomBytes File(string transferSyntax = "1.2.840.10008.1.2.1")
    {
        var b = new DicomBytes();
        b.Raw(new byte[128]).Raw("DICM"u8.ToArray());
        var uid = Encoding.ASCII.GetBytes(transferSyntax.Length % 2 == 1 ? transferSyntax + "\0" : transferSyntax);
        b.Short(0x0002, 0x0000, "UL", BitConverter.GetBytes((uint)(8 + uid.Length)));
        b.Short(0x0002, 0x0010, "UI", uid);
        return b;
    }

    public DicomBytes Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public DicomBytes Tag(ushort group, ushort element) => Raw(BitConverter.GetBytes(group)).Raw(BitConverter.GetBytes(element));

    public DicomBytes Short(ushort group, ushort element, string vr, byte[] value) =>
        Tag(group, element).Raw(Encoding.ASCII.GetBytes(vr)).Raw(BitConverter.GetBytes((ushort)value.Length)).Raw(value);

    public DicomBytes Text(ushort group, ushort element, string vr, string value) => Short(group, element, vr, Encoding.ASCII.GetBytes(value));

    /// <summary>A long-form explicit header (OB, SQ, UN, UT...) with the given length field and no value.</summary>
    public DicomBytes LongHeader(ushort group, ushort element, string vr, uint length) =>
        Tag(group, element).Raw(Encoding.ASCII.GetBytes(vr)).Raw(0, 0).Raw(BitConverter.GetBytes(length));

    public DicomBytes Item(uint length) => Tag(0xFFFE, 0xE000).Raw(BitConverter.GetBytes(length));

    public DicomBytes ItemEnd() => Tag(0xFFFE, 0xE00D).Raw(0, 0, 0, 0);

    public DicomBytes SequenceEnd() => Tag(0xFFFE, 0xE0DD).Raw(0, 0, 0, 0);

    public byte[] ToArray() => _bytes.ToArray();

    public MemoryStream ToStream() => new(ToArray());
}

/// <summary>A stream that hides its length and cannot seek, like a network body.</summary>
internal sealed class NonSeekableStream(Stream inner) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
