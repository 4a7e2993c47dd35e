using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom;

/// <summary>Turns encoded element values into .NET values; the encoded bytes are never changed.</summary>
internal static class DicomValueDecoder
{
    /// <summary>
    /// The VR a value is decoded with: the element's, except that a public tag stored as UN (by a system that did not
    /// know it) is decoded with the dictionary's VR, as PS3.5 6.2.2 allows and pydicom does. Sequences, private tags,
    /// and tags the dictionary gives several VRs (US or SS...) stay UN: their bytes cannot be interpreted safely.
    /// </summary>
    public static DicomVR ValueVR(DicomElement element)
    {
        if (element.VR != DicomVR.UN || element is DicomSequence || element is DicomFragments || element.Tag.IsPrivate)
        {
            return element.VR;
        }
        return DicomDictionary.TryGetEntry(element.Tag, out var entry) && !entry.VR.IsUnknown && entry.VR != DicomVR.SQ
            && (BinarySize(entry.VR) <= 1 || element.Length % BinarySize(entry.VR) == 0)
            ? entry.VR
            : DicomVR.UN;
    }

    public static string GetString(DicomElement element, DicomCharacterSet characterSet)
    {
        var text = Decode(element, characterSet);
        return IsSingleValuedText(ValueVR(element)) ? text.TrimEnd(' ', '\0') : text.Trim(' ', '\0');
    }

    public static string[] GetStrings(DicomElement element, DicomCharacterSet characterSet)
    {
        var text = Decode(element, characterSet);
        if (IsSingleValuedText(ValueVR(element)))
        {
            var single = text.TrimEnd(' ', '\0');
            return single.Length == 0 ? [] : [single];
        }
        if (text.AsSpan().Trim(" \0").IsEmpty)
        {
            return [];
        }
        var parts = text.Split('\\');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim(' ', '\0');
        }
        return parts;
    }

    public static int CountValues(DicomElement element)
    {
        if (element is DicomSequence sequence)
        {
            return sequence.Items.Count;
        }
        var vr = ValueVR(element);
        if (vr.IsString)
        {
            return GetStrings(element, DicomCharacterSet.Default).Length;
        }
        var size = BinarySize(vr);
        return size == 0 ? (element.Length > 0 ? 1 : 0) : (int)(element.Length / size);
    }

    public static T GetNumber<T>(DicomElement element, int index) where T : INumber<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var vr = ValueVR(element);
        if (vr.IsString)
        {
            var values = GetStrings(element, DicomCharacterSet.Default);
            if (index >= values.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), $"{element.Tag} has {values.Length} values; value {index} was asked for.");
            }
            return ParseNumber<T>(element, values[index]);
        }
        var size = BinarySize(vr);
        var span = element.Value.Span;
        if (size == 0 || (long)(index + 1) * size > span.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{element.Tag} {vr} has no numeric value {index}.");
        }
        return ReadBinary<T>(vr, span.Slice(index * size, size), element.IsBigEndian);
    }

    public static T[] GetNumbers<T>(DicomElement element) where T : INumber<T>
    {
        var vr = ValueVR(element);
        if (vr.IsString)
        {
            var texts = GetStrings(element, DicomCharacterSet.Default);
            var parsed = new T[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                parsed[i] = ParseNumber<T>(element, texts[i]);
            }
            return parsed;
        }
        var size = BinarySize(vr);
        if (size == 0)
        {
            throw new InvalidOperationException($"{element.Tag} has VR {vr}, which holds no numbers.");
        }
        var span = element.Value.Span;
        var values = new T[span.Length / size];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadBinary<T>(vr, span.Slice(i * size, size), element.IsBigEndian);
        }
        return values;
    }

    public static DicomTag[] GetTags(DicomElement element)
    {
        var span = element.Value.Span;
        var tags = new DicomTag[span.Length / 4];
        for (var i = 0; i < tags.Length; i++)
        {
            var pair = span.Slice(i * 4, 4);
            var group = DicomEndian.ReadUInt16(pair, element.IsBigEndian);
            var number = DicomEndian.ReadUInt16(pair[2..], element.IsBigEndian);
            tags[i] = new DicomTag(group, number);
        }
        return tags;
    }

    /// <summary>The size of one value of a binary VR; 0 when values have no fixed size (OB counts bytes as 1).</summary>
    public static int BinarySize(DicomVR vr)
    {
        if (vr == DicomVR.US || vr == DicomVR.SS || vr == DicomVR.OW) return 2;
        if (vr == DicomVR.UL || vr == DicomVR.SL || vr == DicomVR.FL || vr == DicomVR.OF || vr == DicomVR.OL || vr == DicomVR.AT) return 4;
        if (vr == DicomVR.FD || vr == DicomVR.OD || vr == DicomVR.SV || vr == DicomVR.UV || vr == DicomVR.OV) return 8;
        if (vr == DicomVR.OB || vr == DicomVR.UN) return 1;
        return 0;
    }

    private static T ReadBinary<T>(DicomVR vr, ReadOnlySpan<byte> b, bool bigEndian) where T : INumber<T>
    {
        if (vr == DicomVR.US || vr == DicomVR.OW) return T.CreateChecked(DicomEndian.ReadUInt16(b, bigEndian));
        if (vr == DicomVR.SS) return T.CreateChecked(bigEndian ? BinaryPrimitives.ReadInt16BigEndian(b) : BinaryPrimitives.ReadInt16LittleEndian(b));
        if (vr == DicomVR.UL || vr == DicomVR.OL || vr == DicomVR.AT) return T.CreateChecked(DicomEndian.ReadUInt32(b, bigEndian));
        if (vr == DicomVR.SL) return T.CreateChecked(bigEndian ? BinaryPrimitives.ReadInt32BigEndian(b) : BinaryPrimitives.ReadInt32LittleEndian(b));
        if (vr == DicomVR.FL || vr == DicomVR.OF) return T.CreateChecked(bigEndian ? BinaryPrimitives.ReadSingleBigEndian(b) : BinaryPrimitives.ReadSingleLittleEndian(b));
        if (vr == DicomVR.FD || vr == DicomVR.OD) return T.CreateChecked(bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(b) : BinaryPrimitives.ReadDoubleLittleEndian(b));
        if (vr == DicomVR.SV) return T.CreateChecked(bigEndian ? BinaryPrimitives.ReadInt64BigEndian(b) : BinaryPrimitives.ReadInt64LittleEndian(b));
        if (vr == DicomVR.UV || vr == DicomVR.OV) return T.CreateChecked(bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b));
        return T.CreateChecked(b[0]);
    }

    private static T ParseNumber<T>(DicomElement element, string text) where T : INumber<T>
    {
        if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        // An integer type cannot parse "12.0" or "1e3"; go through decimal so DS values still convert when exact.
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return T.CreateChecked(number);
        }
        throw new FormatException($"{element.Tag} {element.VR} value '{text}' is not a number.");
    }

    private static string Decode(DicomElement element, DicomCharacterSet characterSet) =>
        element.Length == 0 ? "" : characterSet.Decode(element.Value.Span, ValueVR(element));

    private static bool IsSingleValuedText(DicomVR vr) =>
        vr == DicomVR.LT || vr == DicomVR.ST || vr == DicomVR.UT || vr == DicomVR.UR;
}
