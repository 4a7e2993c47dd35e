using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace DicomTyped.Dicom.Json;

/// <summary>Recognises the encapsulated pixel data value (PS3.5 A.4) inside an <c>InlineBinary</c>.</summary>
internal static class DicomJsonEncapsulatedValue
{
    private const uint ItemTag = 0xE000FFFEu;
    private const uint SequenceDelimiterTag = 0xE0DDFFFEu;

    /// <summary>
    /// True when <paramref name="value"/> is exactly a chain of items (optionally closed by a sequence delimiter):
    /// native pixel data almost never starts with an item tag, and never also lines up item lengths to its end.
    /// </summary>
    public static bool TryParse(byte[] value, out ReadOnlyMemory<byte> offsetTable, out List<DicomFragment> fragments)
    {
        offsetTable = default;
        fragments = [];
        var position = 0;
        var first = true;
        while (position + 8 <= value.Length)
        {
            var tag = BinaryPrimitives.ReadUInt32LittleEndian(value.AsSpan(position));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(value.AsSpan(position + 4));
            if (tag == SequenceDelimiterTag && length == 0 && position + 8 == value.Length && !first)
            {
                return true;
            }
            if (tag != ItemTag || length > (uint)(value.Length - position - 8))
            {
                return false;
            }
            var data = value.AsMemory(position + 8, (int)length);
            if (first)
            {
                offsetTable = data;
                first = false;
            }
            else
            {
                fragments.Add(new DicomFragment(data));
            }
            position += 8 + (int)length;
        }
        return !first && position == value.Length;
    }
}
