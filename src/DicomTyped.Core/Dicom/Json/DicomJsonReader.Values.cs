using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

// A Value array encoded into element bytes: text joined with backslashes (UTF-8), numbers little endian.
public static partial class DicomJsonReader
{
    private static byte[] ReadValues(ref Utf8JsonReader reader, DicomVR vr, ReadContext context)
    {
        if (vr == DicomVR.AT)
        {
            return ReadTags(ref reader, context);
        }
        if (vr.IsString)
        {
            return ReadText(ref reader, vr, context);
        }
        if (IsNumberVR(vr))
        {
            return ReadNumbers(ref reader, vr, DicomValueDecoder.BinarySize(vr), context);
        }
        throw Fail(ref reader, context, $"a {vr} value must be given as InlineBinary or BulkDataURI, not Value");
    }

    private static byte[] ReadText(ref Utf8JsonReader reader, DicomVR vr, ReadContext context)
    {
        var text = new StringBuilder();
        var numeric = vr == DicomVR.IS || vr == DicomVR.DS;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count++ > 0)
            {
                text.Append('\\');
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    break;
                case JsonTokenType.String when vr != DicomVR.PN:
                    text.Append(DicomJsonRules.GetString(ref reader, context.Tag));
                    break;
                case JsonTokenType.Number when numeric:
                    text.Append(Encoding.ASCII.GetString(reader.ValueSpan));
                    break;
                case JsonTokenType.StartObject when vr == DicomVR.PN:
                    AppendPersonName(ref reader, text, context);
                    break;
                case JsonTokenType.String:
                    // Some servers send PN as plain DICOM text ("Doe^John=..."); it means the same.
                    text.Append(DicomJsonRules.GetString(ref reader, context.Tag));
                    break;
                default:
                    throw Fail(ref reader, context, $"a {vr} value is {DicomJsonRules.Describe(ref reader)}, not {(numeric ? "a number or a string" : vr == DicomVR.PN ? "a person name object" : "a string")}");
            }
        }
        var joined = text.ToString();
        if (!Ascii.IsValid(joined))
        {
            context.SawNonAscii = true;
        }
        return DicomValueEncoder.Pad(Encoding.UTF8.GetBytes(joined), vr);
    }

    private static void AppendPersonName(ref Utf8JsonReader reader, StringBuilder text, ReadContext context)
    {
        string? alphabetic = null, ideographic = null, phonetic = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var slot = reader.ValueTextEquals("Alphabetic"u8) ? 0 : reader.ValueTextEquals("Ideographic"u8) ? 1 : reader.ValueTextEquals("Phonetic"u8) ? 2 : -1;
            reader.Read();
            if (slot < 0)
            {
                reader.Skip();
                continue;
            }
            if (reader.TokenType != JsonTokenType.String && reader.TokenType != JsonTokenType.Null)
            {
                throw Fail(ref reader, context, $"a person name component group is {reader.TokenType}, not a string");
            }
            var group = DicomJsonRules.GetString(ref reader, context.Tag);
            if (slot == 0) alphabetic = group;
            else if (slot == 1) ideographic = group;
            else phonetic = group;
        }
        text.Append(alphabetic);
        // Trailing empty groups are left out, as PS3.5 6.2.1 writes them.
        if (!string.IsNullOrEmpty(ideographic) || !string.IsNullOrEmpty(phonetic))
        {
            text.Append('=').Append(ideographic);
        }
        if (!string.IsNullOrEmpty(phonetic))
        {
            text.Append('=').Append(phonetic);
        }
    }

    private static byte[] ReadTags(ref Utf8JsonReader reader, ReadContext context)
    {
        var bytes = new List<byte>();
        Span<byte> pair = stackalloc byte[4];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped ||
                !DicomJsonValueReader.TryParseHexTag(reader.ValueSpan, out var tag))
            {
                throw Fail(ref reader, context, $"an AT value is {DicomJsonRules.Describe(ref reader)}, not 8 hex digits");
            }
            BinaryPrimitives.WriteUInt16LittleEndian(pair, (ushort)(tag >> 16));
            BinaryPrimitives.WriteUInt16LittleEndian(pair[2..], (ushort)tag);
            bytes.AddRange(pair);
        }
        return bytes.ToArray();
    }

    private static byte[] ReadNumbers(ref Utf8JsonReader reader, DicomVR vr, int size, ReadContext context)
    {
        var buffer = new ArrayBufferWriter<byte>(size * 4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var slot = buffer.GetSpan(size)[..size];
            if (vr == DicomVR.FL || vr == DicomVR.FD)
            {
                var value = ReadFloat(ref reader, vr, context);
                if (vr == DicomVR.FL) BinaryPrimitives.WriteSingleLittleEndian(slot, (float)value);
                else BinaryPrimitives.WriteDoubleLittleEndian(slot, value);
            }
            else if (vr == DicomVR.UV)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(slot, ReadUnsigned(ref reader, vr, context));
            }
            else
            {
                var (min, max) = IntegerRange(vr);
                var value = ReadSigned(ref reader, vr, context);
                if (value < min || value > max)
                {
                    throw Fail(ref reader, context, $"{value} is outside the range of {vr}");
                }
                if (vr == DicomVR.US) BinaryPrimitives.WriteUInt16LittleEndian(slot, (ushort)value);
                else if (vr == DicomVR.SS) BinaryPrimitives.WriteInt16LittleEndian(slot, (short)value);
                else if (vr == DicomVR.UL) BinaryPrimitives.WriteUInt32LittleEndian(slot, (uint)value);
                else if (vr == DicomVR.SL) BinaryPrimitives.WriteInt32LittleEndian(slot, (int)value);
                else BinaryPrimitives.WriteInt64LittleEndian(slot, value);
            }
            buffer.Advance(size);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static bool IsNumberVR(DicomVR vr) =>
        vr == DicomVR.US || vr == DicomVR.SS || vr == DicomVR.UL || vr == DicomVR.SL ||
        vr == DicomVR.FL || vr == DicomVR.FD || vr == DicomVR.SV || vr == DicomVR.UV;

    private static (long Min, long Max) IntegerRange(DicomVR vr)
    {
        if (vr == DicomVR.US) return (ushort.MinValue, ushort.MaxValue);
        if (vr == DicomVR.SS) return (short.MinValue, short.MaxValue);
        if (vr == DicomVR.UL) return (uint.MinValue, uint.MaxValue);
        if (vr == DicomVR.SL) return (int.MinValue, int.MaxValue);
        return (long.MinValue, long.MaxValue);
    }

    private static long ReadSigned(ref Utf8JsonReader reader, DicomVR vr, ReadContext context)
    {
        // Numbers as strings are accepted: PS3.18 sends SV beyond 2^53 so, and some servers send all numbers so.
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }
        if (reader.TokenType == JsonTokenType.String &&
            long.TryParse(DicomJsonRules.NumberText(ref reader, context.Tag!.Value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }
        if (TryIntegralDouble(ref reader, out var integral) && integral >= long.MinValue && integral < 9.3e18)
        {
            return (long)integral;
        }
        throw Fail(ref reader, context, $"a {vr} value is {DicomJsonRules.Describe(ref reader)}, not an integer in range");
    }

    private static ulong ReadUnsigned(ref Utf8JsonReader reader, DicomVR vr, ReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return number;
        }
        if (reader.TokenType == JsonTokenType.String &&
            ulong.TryParse(DicomJsonRules.NumberText(ref reader, context.Tag!.Value), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }
        if (TryIntegralDouble(ref reader, out var integral) && integral >= 0 && integral < 1.8e19)
        {
            return (ulong)integral;
        }
        throw Fail(ref reader, context, $"a {vr} value is {DicomJsonRules.Describe(ref reader)}, not an unsigned integer in range");
    }

    // "12.0" and "1e3" are integers written as JSON numbers by some tools.
    private static bool TryIntegralDouble(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value) && value == Math.Floor(value);
    }

    private static double ReadFloat(ref Utf8JsonReader reader, DicomVR vr, ReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (vr == DicomVR.FL && reader.TryGetSingle(out var single))
            {
                return single;
            }
            if (reader.TryGetDouble(out var number))
            {
                return number;
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            // The writer's form for values JSON numbers cannot hold; plain numeric text is tolerated too.
            var text = DicomJsonRules.GetString(ref reader, context.Tag);
            switch (text)
            {
                case "NaN": return double.NaN;
                case "Infinity": return double.PositiveInfinity;
                case "-Infinity": return double.NegativeInfinity;
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
        }
        throw Fail(ref reader, context, $"a {vr} value is {DicomJsonRules.Describe(ref reader)}, not a number");
    }
}
