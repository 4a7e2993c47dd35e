using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

// One parser per value type; each reads one entry of a "Value" array (the reader is on it) and leaves the reader on its last token.
public static partial class DicomJsonValueReader
{
    private interface IElementParser<T>
    {
        static abstract T Parse(ref Utf8JsonReader reader, uint tag);
    }

    private readonly struct TextParser : IElementParser<string?>
    {
        public static string? Parse(ref Utf8JsonReader reader, uint tag) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            JsonTokenType.StartObject => ReadPersonNameObject(ref reader, tag)?.ToString(),
            _ => throw Malformed(tag, $"a value is {reader.TokenType}, not text"),
        };
    }

    private readonly struct PersonNameParser : IElementParser<PersonName?>
    {
        public static PersonName? Parse(ref Utf8JsonReader reader, uint tag) => reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadPersonNameObject(ref reader, tag),
            // Not PS3.18, but some servers send the DICOM text form.
            JsonTokenType.String => reader.GetString() is { Length: > 0 } text ? PersonName.Parse(text) : null,
            JsonTokenType.Null => null,
            _ => throw Malformed(tag, $"a person name is {reader.TokenType}, not an object"),
        };
    }

    private readonly struct ItemParser : IElementParser<DicomJsonAttributes>
    {
        public static DicomJsonAttributes Parse(ref Utf8JsonReader reader, uint tag) => reader.TokenType switch
        {
            JsonTokenType.StartObject => DicomJsonAttributes.ReadDataSet(ref reader),
            JsonTokenType.Null => DicomJsonAttributes.Empty,
            _ => throw Malformed(tag, $"a sequence item is {reader.TokenType}, not an object"),
        };
    }

    private readonly struct DateParser : IElementParser<DateOnly?>
    {
        public static DateOnly? Parse(ref Utf8JsonReader reader, uint tag) =>
            Text(ref reader, tag, "date") is var text && text.IsEmpty ? null
            : DicomDateTimeText.TryParseDate(text, out var value) ? value
            : throw Malformed(tag, $"'{Encoding.UTF8.GetString(text)}' is not a DA value (YYYYMMDD)");
    }

    private readonly struct TimeParser : IElementParser<TimeOnly?>
    {
        public static TimeOnly? Parse(ref Utf8JsonReader reader, uint tag) =>
            Text(ref reader, tag, "time") is var text && text.IsEmpty ? null
            : DicomDateTimeText.TryParseTime(text, out var value) ? value
            : throw Malformed(tag, $"'{Encoding.UTF8.GetString(text)}' is not a TM value (HH[MM[SS[.FFFFFF]]])");
    }

    private readonly struct DateTimeParser : IElementParser<DateTimeOffset?>
    {
        public static DateTimeOffset? Parse(ref Utf8JsonReader reader, uint tag) =>
            Text(ref reader, tag, "date-time") is var text && text.IsEmpty ? null
            : DicomDateTimeText.TryParseDateTime(text, out var value) ? value
            : throw Malformed(tag, $"'{Encoding.UTF8.GetString(text)}' is not a DT value (YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][&ZZXX])");
    }

    private readonly struct TagParser : IElementParser<DicomTag?>
    {
        public static DicomTag? Parse(ref Utf8JsonReader reader, uint tag) =>
            Text(ref reader, tag, "tag") is var text && text.IsEmpty ? null
            : TryParseHexTag(text, out var value) ? new DicomTag(value)
            : throw Malformed(tag, $"'{Encoding.UTF8.GetString(text)}' is not an AT value (8 hex digits)");
    }

    // One parser for every number type: IS, DS, SV and UV may come as JSON numbers or as strings, and both are read with
    // the type's own UTF-8 parser from the text as it stands (a fraction in an integer, or overflow, is an error).
    private readonly struct NumberParser<T> : IElementParser<T?>
        where T : struct, INumberBase<T>
    {
        private static readonly string s_what =
            typeof(T) == typeof(int) ? "32-bit integer"
            : typeof(T) == typeof(long) ? "64-bit integer"
            : typeof(T) == typeof(ulong) ? "unsigned 64-bit integer"
            : typeof(T) == typeof(decimal) ? "decimal number"
            : "floating-point number";

        public static T? Parse(ref Utf8JsonReader reader, uint tag)
        {
            var text = Text(ref reader, tag, s_what);
            return text.IsEmpty ? null
                : T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
                : throw NotA(ref reader, tag, s_what);
        }
    }

    // The UTF-8 text of a string entry (unescaped when needed), trimmed of the spaces DICOM pads with; empty for null.
    private static ReadOnlySpan<byte> Text(ref Utf8JsonReader reader, uint tag, string what)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
            case JsonTokenType.Number:
                var span = reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
                return span.Trim((byte)' ');
            default:
                throw Malformed(tag, $"a {what} value is {reader.TokenType}");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> text) => text.IsEmpty;

    private static DicomJsonException NotA(ref Utf8JsonReader reader, uint tag, string what) =>
        Malformed(tag, $"{Describe(ref reader)} is not a {what}");
}
