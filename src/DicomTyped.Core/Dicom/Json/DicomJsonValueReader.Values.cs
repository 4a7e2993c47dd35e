using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

// The public entry points the generated readers call: one single-value and one multi-value method per C# type.
public static partial class DicomJsonValueReader
{
    /// <summary>Reads the first value of the attribute as text, trimmed of DICOM padding (every string VR not read as another type); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static string? ReadString(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<string?, TextParser>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as text, trimmed of DICOM padding (every string VR not read as another type); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<string?>? ReadStrings(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<string?, TextParser>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a person name (PN, the object form of PS3.18 F.2.2); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static PersonName? ReadPersonName(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<PersonName?, PersonNameParser>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a person name (PN, the object form of PS3.18 F.2.2); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<PersonName?>? ReadPersonNames(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<PersonName?, PersonNameParser>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a date (DA, YYYYMMDD); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static DateOnly? ReadDate(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<DateOnly?, DateParser>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a date (DA, YYYYMMDD); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<DateOnly?>? ReadDates(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<DateOnly?, DateParser>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a time of day (TM, HH[MM[SS[.FFFFFF]]]); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static TimeOnly? ReadTime(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<TimeOnly?, TimeParser>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a time of day (TM, HH[MM[SS[.FFFFFF]]]); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<TimeOnly?>? ReadTimes(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<TimeOnly?, TimeParser>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a date and time with its offset (DT, YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][&amp;ZZXX]); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<DateTimeOffset?, DateTimeParser>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a date and time with its offset (DT, YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][&amp;ZZXX]); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<DateTimeOffset?>? ReadDateTimes(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<DateTimeOffset?, DateTimeParser>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a 32-bit integer (IS, SL, SS, US; a JSON number or a string); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static int? ReadInt32(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<int?, NumberParser<int>>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a 32-bit integer (IS, SL, SS, US; a JSON number or a string); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<int?>? ReadInt32s(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<int?, NumberParser<int>>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a 64-bit integer (SV, UL; a JSON number or a string); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static long? ReadInt64(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<long?, NumberParser<long>>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a 64-bit integer (SV, UL; a JSON number or a string); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<long?>? ReadInt64s(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<long?, NumberParser<long>>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as an unsigned 64-bit integer (UV; a JSON number or a string); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ulong? ReadUInt64(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<ulong?, NumberParser<ulong>>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as an unsigned 64-bit integer (UV; a JSON number or a string); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<ulong?>? ReadUInt64s(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<ulong?, NumberParser<ulong>>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a decimal number (DS; a JSON number or a string); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static decimal? ReadDecimal(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<decimal?, NumberParser<decimal>>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a decimal number (DS; a JSON number or a string); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<decimal?>? ReadDecimals(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<decimal?, NumberParser<decimal>>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a 32-bit float (FL); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static float? ReadSingle(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<float?, NumberParser<float>>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a 32-bit float (FL); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<float?>? ReadSingles(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<float?, NumberParser<float>>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as a 64-bit float (FD); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double? ReadDouble(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<double?, NumberParser<double>>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as a 64-bit float (FD); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<double?>? ReadDoubles(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<double?, NumberParser<double>>(ref reader, tag, ref scope);
    /// <summary>Reads the first value of the attribute as an attribute tag (AT, 8 hex digits); null when the attribute has no value. A first value that does not fit is read as null and the attribute kept raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static DicomTag? ReadTag(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadFirst<DicomTag?, TagParser>(ref reader, tag, ref scope);
    /// <summary>Reads all the values of the attribute, each as an attribute tag (AT, 8 hex digits); null when the attribute has no value. One value that does not fit makes the whole list null and keeps the attribute raw, with a warning in <paramref name="scope"/>.</summary>
    /// <param name="reader">On the attribute's object (its start token); left on the object's end.</param>
    /// <param name="tag">The attribute's tag as <c>(group &lt;&lt; 16) | element</c>, for messages and warnings.</param>
    /// <param name="scope">The record being read; takes the warnings and the attributes kept raw.</param>
    /// <returns>The value, or null as above.</returns>
    /// <exception cref="DicomJsonException">The attribute object is malformed: <c>Value</c> not an array, more than one value form (PS3.18 F.2.3), or a <c>vr</c> that is not a VR.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<DicomTag?>? ReadTags(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) => ReadAll<DicomTag?, TagParser>(ref reader, tag, ref scope);

    /// <summary>The items of a sequence, each with all its attributes kept raw; null when the attribute has no value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<DicomJsonAttributes>? ReadSequence(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope) =>
        ReadAll<DicomJsonAttributes, ItemParser>(ref reader, tag, ref scope);

    // For DicomJsonRawAttribute.GetItems: the items of an attribute already kept raw; an item that is not an object is an error there.
    internal static IReadOnlyList<DicomJsonAttributes>? ReadSequence(ref Utf8JsonReader reader, uint tag)
    {
        var scope = default(DicomJsonRecordScope);
        var items = ReadSequence(ref reader, tag, ref scope);
        if (scope.Warnings() is [var first, ..])
        {
            throw new DicomJsonException(first.Tag, $"an item is {first.Value}, {first.Problem}");
        }
        return items;
    }

    internal static PersonName? ReadPersonNameObject(ref Utf8JsonReader reader, uint tag)
    {
        string? alphabetic = null, ideographic = null, phonetic = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ref var slot = ref alphabetic;
            if (reader.ValueTextEquals("Ideographic"u8))
            {
                slot = ref ideographic;
            }
            else if (reader.ValueTextEquals("Phonetic"u8))
            {
                slot = ref phonetic;
            }
            else if (!reader.ValueTextEquals("Alphabetic"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }
            reader.Read();
            slot = reader.TokenType switch
            {
                JsonTokenType.String => DicomJsonRules.GetString(ref reader, new DicomTag(tag)),
                JsonTokenType.Null => null,
                _ => throw Malformed(tag, $"a person name component group is {reader.TokenType}, not a string"),
            };
        }
        var name = PersonName.FromGroupTexts(alphabetic, ideographic, phonetic);
        return name.IsEmpty ? null : name;
    }

    private static T ReadFirst<T, TParser>(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope)
        where TParser : IElementParser<T>
    {
        // A copy at the attribute's start, to keep the attribute as sent should its value not fit (rule 10).
        var start = reader;
        var result = default(T)!;
        var forms = 0;
        if (!MoveToValueArray(ref reader, tag, ref forms))
        {
            return result;
        }
        var first = true;
        var fits = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (first)
            {
                fits = Parse<T, TParser>(ref reader, tag, ref scope, out result);
                first = false;
            }
            else
            {
                reader.Skip();
            }
        }
        FinishAttribute(ref reader, tag, forms);
        if (!fits)
        {
            scope.KeepRaw(ref start, tag);
        }
        return result;
    }

    private static IReadOnlyList<T>? ReadAll<T, TParser>(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope)
        where TParser : IElementParser<T>
    {
        var start = reader;
        var forms = 0;
        if (!MoveToValueArray(ref reader, tag, ref forms))
        {
            return null;
        }
        // Most multi-valued attributes have a handful of values: gather them on the stack, then allocate one exact array.
        var first = default(T)!;
        var second = default(T)!;
        List<T>? more = null;
        var count = 0;
        var fits = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            fits &= Parse<T, TParser>(ref reader, tag, ref scope, out var value);
            switch (count++)
            {
                case 0: first = value; break;
                case 1: second = value; break;
                default: (more ??= []).Add(value); break;
            }
        }
        FinishAttribute(ref reader, tag, forms);
        if (!fits)
        {
            // One value that does not fit makes the whole property null: a list with a hole would read as an empty value.
            scope.KeepRaw(ref start, tag);
            return null;
        }
        var values = new T[count];
        if (count > 0)
        {
            values[0] = first;
        }
        if (count > 1)
        {
            values[1] = second;
        }
        more?.CopyTo(values, 2);
        return values;
    }

    // One entry; one that does not fit is reported to the scope, skipped and read as the default.
    private static bool Parse<T, TParser>(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope, out T value)
        where TParser : IElementParser<T>
    {
        if (TParser.TryParse(ref reader, tag, out value, out var problem))
        {
            return true;
        }
        scope.Warn(tag, EntryText(ref reader), problem!);
        reader.Skip();
        value = default!;
        return false;
    }

    // From the attribute's StartObject to the StartArray of "Value"; false (on the attribute's EndObject) when it has
    // none. A "vr" is checked (rule 4) and the value forms counted (rule 3) on the way.
    private static bool MoveToValueArray(ref Utf8JsonReader reader, uint tag, ref int forms)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Value"u8))
            {
                forms++;
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    return true;
                }
                if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Malformed(tag, $"\"Value\" is {reader.TokenType}, not an array (at byte {reader.TokenStartIndex})");
                }
                continue;
            }
            SkipMember(ref reader, tag, ref forms);
        }
        FinishAttribute(ref reader, tag, forms);
        return false;
    }

    // Members after "Value" ("vr" may come last) are checked and skipped up to the attribute's EndObject.
    private static void FinishAttribute(ref Utf8JsonReader reader, uint tag, int forms)
    {
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("Value"u8))
                {
                    forms++;
                    reader.Read();
                    reader.Skip();
                    continue;
                }
                SkipMember(ref reader, tag, ref forms);
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw Malformed(tag, $"unexpected {reader.TokenType} in the attribute object (at byte {reader.TokenStartIndex})");
        }
        if (forms > 1)
        {
            throw DicomJsonRules.MoreThanOneValueForm(new DicomTag(tag), reader.TokenStartIndex);
        }
    }

    private static void SkipMember(ref Utf8JsonReader reader, uint tag, ref int forms)
    {
        var isVr = reader.ValueTextEquals("vr"u8);
        if (!isVr && DicomJsonRules.IsValueForm(ref reader))
        {
            forms++;
        }
        reader.Read();
        if (isVr)
        {
            DicomJsonRules.TryReadVR(ref reader, new DicomTag(tag), 0, out _);
        }
        reader.Skip();
    }
}
