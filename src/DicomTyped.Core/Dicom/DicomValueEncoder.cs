using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom;

/// <summary>Encodes .NET values as little-endian element values, padded to even length (PS3.5 7.1.1).</summary>
internal static class DicomValueEncoder
{
    public static byte[] EncodeStrings(DicomVR vr, IReadOnlyList<string> values, DicomCharacterSet characterSet)
    {
        var joined = string.Join('\\', values);
        return Pad(characterSet.Encode(joined, vr), vr);
    }

    public static byte[] EncodeNumbers<T>(DicomVR vr, IReadOnlyList<T> values) where T : INumber<T>
    {
        if (vr == DicomVR.IS || vr == DicomVR.DS)
        {
            var texts = new string[values.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = vr == DicomVR.IS ? long.CreateChecked(values[i]).ToString(CultureInfo.InvariantCulture) : FormatDecimalString(values[i]);
            }
            return EncodeStrings(vr, texts, DicomCharacterSet.Default);
        }
        var size = DicomValueDecoder.BinarySize(vr);
        if (size == 0)
        {
            throw new ArgumentException($"VR {vr} does not hold numbers.", nameof(vr));
        }
        var bytes = new byte[size * values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            WriteBinary(vr, bytes.AsSpan(i * size, size), values[i]);
        }
        return Pad(bytes, vr);
    }

    public static byte[] EncodeTags(IReadOnlyList<DicomTag> tags)
    {
        var bytes = new byte[tags.Count * 4];
        for (var i = 0; i < tags.Count; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4), tags[i].Group);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4 + 2), tags[i].Element);
        }
        return bytes;
    }

    public static byte[] Pad(byte[] bytes, DicomVR vr)
    {
        if (bytes.Length % 2 == 0)
        {
            return bytes;
        }
        var padded = new byte[bytes.Length + 1];
        bytes.CopyTo(padded, 0);
        padded[^1] = vr.PaddingByte;
        return padded;
    }

    // DS allows 16 characters at most; shorten the precision until the text fits. Rounding near double.MaxValue can
    // round up past it ("1.797693135E+308" reads as infinity), so a shortened text must also read back finite.
    private static string FormatDecimalString<T>(T value) where T : INumber<T>
    {
        var number = double.CreateChecked(value);
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        for (var digits = 15; (text.Length > 16 || !double.IsFinite(double.Parse(text, CultureInfo.InvariantCulture))) && digits > 0; digits--)
        {
            text = number.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        return text;
    }

    private static void WriteBinary<T>(DicomVR vr, Span<byte> b, T value) where T : INumber<T>
    {
        if (vr == DicomVR.US || vr == DicomVR.OW) BinaryPrimitives.WriteUInt16LittleEndian(b, ushort.CreateChecked(value));
        else if (vr == DicomVR.SS) BinaryPrimitives.WriteInt16LittleEndian(b, short.CreateChecked(value));
        else if (vr == DicomVR.UL || vr == DicomVR.OL || vr == DicomVR.AT) BinaryPrimitives.WriteUInt32LittleEndian(b, uint.CreateChecked(value));
        else if (vr == DicomVR.SL) BinaryPrimitives.WriteInt32LittleEndian(b, int.CreateChecked(value));
        else if (vr == DicomVR.FL || vr == DicomVR.OF) BinaryPrimitives.WriteSingleLittleEndian(b, float.CreateChecked(value));
        else if (vr == DicomVR.FD || vr == DicomVR.OD) BinaryPrimitives.WriteDoubleLittleEndian(b, double.CreateChecked(value));
        else if (vr == DicomVR.SV) BinaryPrimitives.WriteInt64LittleEndian(b, long.CreateChecked(value));
        else if (vr == DicomVR.UV || vr == DicomVR.OV) BinaryPrimitives.WriteUInt64LittleEndian(b, ulong.CreateChecked(value));
        else b[0] = byte.CreateChecked(value);
    }
}
