using System;
using System.Buffers.Binary;

namespace DicomTyped.Dicom;

/// <summary>Reads of the fixed-size numbers that DICOM stores in either byte order (Explicit VR Big Endian is retired but read).</summary>
internal static class DicomEndian
{
    public static ushort ReadUInt16(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    public static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
}
