using System;
using System.Buffers.Binary;
using System.Text.Json;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom.Json;

// Value arrays of text, person name, tag and number VRs.
public static partial class DicomJsonWriter
{
    // 2^53: the largest integer range a JSON reader using doubles keeps exact (PS3.18 F.2.3.1).
    private const long MaxExactInteger = 1L << 53;

    private static void WriteValue(Utf8JsonWriter writer, DicomElement element, DicomVR vr, DicomCharacterSet characterSet, DicomJsonWriterOptions options)
    {
        if (vr == DicomVR.AT)
        {
            WriteTags(writer, element);
        }
        else if (vr.IsString)
        {
            WriteText(writer, element, vr, characterSet, options);
        }
        else if (element.Length >= DicomValueDecoder.BinarySize(vr) && DicomValueDecoder.BinarySize(vr) > 0)
        {
            WriteNumbers(writer, element, vr);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, DicomElement element, DicomVR vr, DicomCharacterSet characterSet, DicomJsonWriterOptions options)
    {
        var values = element.GetStrings(characterSet);
        if (values.Length == 0)
        {
            return;
        }
        var numeric = !options.WriteNumericStringsAsStrings && (vr == DicomVR.IS || vr == DicomVR.DS);
        writer.WriteStartArray("Value"u8);
        foreach (var value in values)
        {
            if (value.Length == 0)
            {
                writer.WriteNullValue();
            }
            else if (vr == DicomVR.PN)
            {
                WritePersonName(writer, value);
            }
            else if (numeric && DicomJsonNumberText.IsJsonNumber(value))
            {
                writer.WriteRawValue(value, skipInputValidation: true);
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
        writer.WriteEndArray();
    }

    private static void WritePersonName(Utf8JsonWriter writer, string value)
    {
        var rest = value.AsSpan();
        var first = rest.IndexOf('=');
        var alphabetic = first < 0 ? rest : rest[..first];
        var ideographic = ReadOnlySpan<char>.Empty;
        var phonetic = ReadOnlySpan<char>.Empty;
        if (first >= 0)
        {
            rest = rest[(first + 1)..];
            var second = rest.IndexOf('=');
            ideographic = second < 0 ? rest : rest[..second];
            phonetic = second < 0 ? default : rest[(second + 1)..];
        }
        // Empty component groups are left out (PS3.18 F.2.2): "Doe^John==" is only an alphabetic name.
        writer.WriteStartObject();
        WriteGroup(writer, "Alphabetic"u8, alphabetic);
        WriteGroup(writer, "Ideographic"u8, ideographic);
        WriteGroup(writer, "Phonetic"u8, phonetic);
        writer.WriteEndObject();

        static void WriteGroup(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<char> group)
        {
            if (!group.IsEmpty)
            {
                writer.WriteString(name, group);
            }
        }
    }

    private static void WriteTags(Utf8JsonWriter writer, DicomElement element)
    {
        var tags = DicomValueDecoder.GetTags(element);
        if (tags.Length == 0)
        {
            return;
        }
        Span<byte> hex = stackalloc byte[8];
        writer.WriteStartArray("Value"u8);
        foreach (var tag in tags)
        {
            FormatHex(tag.Value, hex);
            writer.WriteStringValue(hex);
        }
        writer.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, DicomElement element, DicomVR vr)
    {
        var size = DicomValueDecoder.BinarySize(vr);
        var span = element.Value.Span;
        var big = element.IsBigEndian;
        writer.WriteStartArray("Value"u8);
        for (var offset = 0; offset + size <= span.Length; offset += size)
        {
            var b = span.Slice(offset, size);
            if (vr == DicomVR.US) writer.WriteNumberValue(DicomEndian.ReadUInt16(b, big));
            else if (vr == DicomVR.SS) writer.WriteNumberValue(big ? BinaryPrimitives.ReadInt16BigEndian(b) : BinaryPrimitives.ReadInt16LittleEndian(b));
            else if (vr == DicomVR.UL) writer.WriteNumberValue(DicomEndian.ReadUInt32(b, big));
            else if (vr == DicomVR.SL) writer.WriteNumberValue(big ? BinaryPrimitives.ReadInt32BigEndian(b) : BinaryPrimitives.ReadInt32LittleEndian(b));
            else if (vr == DicomVR.FL) WriteFloat(writer, big ? BinaryPrimitives.ReadSingleBigEndian(b) : BinaryPrimitives.ReadSingleLittleEndian(b));
            else if (vr == DicomVR.FD) WriteDouble(writer, big ? BinaryPrimitives.ReadDoubleBigEndian(b) : BinaryPrimitives.ReadDoubleLittleEndian(b));
            else if (vr == DicomVR.SV) WriteInt64(writer, big ? BinaryPrimitives.ReadInt64BigEndian(b) : BinaryPrimitives.ReadInt64LittleEndian(b));
            else WriteUInt64(writer, big ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b));
        }
        writer.WriteEndArray();
    }

    private static void WriteFloat(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            WriteNonFinite(writer, value);
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            WriteNonFinite(writer, value);
        }
    }

    private static void WriteNonFinite(Utf8JsonWriter writer, double value) =>
        writer.WriteStringValue(double.IsNaN(value) ? "NaN"u8 : value > 0 ? "Infinity"u8 : "-Infinity"u8);

    private static void WriteInt64(Utf8JsonWriter writer, long value)
    {
        if (value >= -MaxExactInteger && value <= MaxExactInteger)
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WriteUInt64(Utf8JsonWriter writer, ulong value)
    {
        if (value <= MaxExactInteger)
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
