using System;
using System.Collections.Generic;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

// The public entry points the generated readers call: one single-value and one multi-value method per C# type.
public static partial class DicomJsonValueReader
{
#pragma warning disable CS1591 // Each pair reads the first value, or all values, as the type in its name; documented on the class.
    public static string? ReadString(ref Utf8JsonReader reader, uint tag) => ReadFirst<string?, TextParser>(ref reader, tag);
    public static IReadOnlyList<string?>? ReadStrings(ref Utf8JsonReader reader, uint tag) => ReadAll<string?, TextParser>(ref reader, tag);
    public static PersonName? ReadPersonName(ref Utf8JsonReader reader, uint tag) => ReadFirst<PersonName?, PersonNameParser>(ref reader, tag);
    public static IReadOnlyList<PersonName?>? ReadPersonNames(ref Utf8JsonReader reader, uint tag) => ReadAll<PersonName?, PersonNameParser>(ref reader, tag);
    public static DateOnly? ReadDate(ref Utf8JsonReader reader, uint tag) => ReadFirst<DateOnly?, DateParser>(ref reader, tag);
    public static IReadOnlyList<DateOnly?>? ReadDates(ref Utf8JsonReader reader, uint tag) => ReadAll<DateOnly?, DateParser>(ref reader, tag);
    public static TimeOnly? ReadTime(ref Utf8JsonReader reader, uint tag) => ReadFirst<TimeOnly?, TimeParser>(ref reader, tag);
    public static IReadOnlyList<TimeOnly?>? ReadTimes(ref Utf8JsonReader reader, uint tag) => ReadAll<TimeOnly?, TimeParser>(ref reader, tag);
    public static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader, uint tag) => ReadFirst<DateTimeOffset?, DateTimeParser>(ref reader, tag);
    public static IReadOnlyList<DateTimeOffset?>? ReadDateTimes(ref Utf8JsonReader reader, uint tag) => ReadAll<DateTimeOffset?, DateTimeParser>(ref reader, tag);
    public static int? ReadInt32(ref Utf8JsonReader reader, uint tag) => ReadFirst<int?, NumberParser<int>>(ref reader, tag);
    public static IReadOnlyList<int?>? ReadInt32s(ref Utf8JsonReader reader, uint tag) => ReadAll<int?, NumberParser<int>>(ref reader, tag);
    public static long? ReadInt64(ref Utf8JsonReader reader, uint tag) => ReadFirst<long?, NumberParser<long>>(ref reader, tag);
    public static IReadOnlyList<long?>? ReadInt64s(ref Utf8JsonReader reader, uint tag) => ReadAll<long?, NumberParser<long>>(ref reader, tag);
    public static ulong? ReadUInt64(ref Utf8JsonReader reader, uint tag) => ReadFirst<ulong?, NumberParser<ulong>>(ref reader, tag);
    public static IReadOnlyList<ulong?>? ReadUInt64s(ref Utf8JsonReader reader, uint tag) => ReadAll<ulong?, NumberParser<ulong>>(ref reader, tag);
    public static decimal? ReadDecimal(ref Utf8JsonReader reader, uint tag) => ReadFirst<decimal?, NumberParser<decimal>>(ref reader, tag);
    public static IReadOnlyList<decimal?>? ReadDecimals(ref Utf8JsonReader reader, uint tag) => ReadAll<decimal?, NumberParser<decimal>>(ref reader, tag);
    public static float? ReadSingle(ref Utf8JsonReader reader, uint tag) => ReadFirst<float?, NumberParser<float>>(ref reader, tag);
    public static IReadOnlyList<float?>? ReadSingles(ref Utf8JsonReader reader, uint tag) => ReadAll<float?, NumberParser<float>>(ref reader, tag);
    public static double? ReadDouble(ref Utf8JsonReader reader, uint tag) => ReadFirst<double?, NumberParser<double>>(ref reader, tag);
    public static IReadOnlyList<double?>? ReadDoubles(ref Utf8JsonReader reader, uint tag) => ReadAll<double?, NumberParser<double>>(ref reader, tag);
    public static DicomTag? ReadTag(ref Utf8JsonReader reader, uint tag) => ReadFirst<DicomTag?, TagParser>(ref reader, tag);
    public static IReadOnlyList<DicomTag?>? ReadTags(ref Utf8JsonReader reader, uint tag) => ReadAll<DicomTag?, TagParser>(ref reader, tag);
#pragma warning restore CS1591

    /// <summary>The items of a sequence, each with all its attributes kept raw; null when the attribute has no value.</summary>
    public static IReadOnlyList<DicomJsonAttributes>? ReadSequence(ref Utf8JsonReader reader, uint tag) =>
        ReadAll<DicomJsonAttributes, ItemParser>(ref reader, tag);

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
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw Malformed(tag, $"a person name component group is {reader.TokenType}, not a string"),
            };
        }
        var name = PersonName.FromGroupTexts(alphabetic, ideographic, phonetic);
        return name.IsEmpty ? null : name;
    }

    private static T ReadFirst<T, TParser>(ref Utf8JsonReader reader, uint tag)
        where TParser : IElementParser<T>
    {
        var result = default(T)!;
        if (!MoveToValueArray(ref reader, tag))
        {
            return result;
        }
        var first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (first)
            {
                result = TParser.Parse(ref reader, tag);
                first = false;
            }
            else
            {
                reader.Skip();
            }
        }
        FinishAttribute(ref reader);
        return result;
    }

    private static IReadOnlyList<T>? ReadAll<T, TParser>(ref Utf8JsonReader reader, uint tag)
        where TParser : IElementParser<T>
    {
        if (!MoveToValueArray(ref reader, tag))
        {
            return null;
        }
        // Most multi-valued attributes have a handful of values: gather them on the stack, then allocate one exact array.
        var first = default(T)!;
        var second = default(T)!;
        List<T>? more = null;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var value = TParser.Parse(ref reader, tag);
            switch (count++)
            {
                case 0: first = value; break;
                case 1: second = value; break;
                default: (more ??= []).Add(value); break;
            }
        }
        FinishAttribute(ref reader);
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

    // From the attribute's StartObject to the StartArray of "Value"; false (on the attribute's EndObject) when it has none.
    private static bool MoveToValueArray(ref Utf8JsonReader reader, uint tag)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Value"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    return true;
                }
                if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Malformed(tag, $"\"Value\" is {reader.TokenType}, not an array");
                }
                continue;
            }
            reader.Read();
            reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw Malformed(tag, $"unexpected {reader.TokenType} in the attribute object");
        }
        return false;
    }

    // Members after "Value" ("vr" may come last) are skipped up to the attribute's EndObject.
    private static void FinishAttribute(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            reader.Skip();
        }
    }
}
