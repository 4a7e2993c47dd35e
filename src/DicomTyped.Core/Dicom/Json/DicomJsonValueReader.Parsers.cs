using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

// One parser per value type; each reads one entry of a "Value" array (the reader is on it) and leaves the reader on its
// last token. An entry its type cannot take gives false and why (DicomJsonRules rule 10); malformed JSON still throws.
public static partial class DicomJsonValueReader
{
    private interface IElementParser<T>
    {
        static abstract bool TryParse(ref Utf8JsonReader reader, uint tag, out T value, out string? problem);
    }

    private readonly struct TextParser : IElementParser<string?>
    {
        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out string? value, out string? problem)
        {
            problem = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = DicomJsonRules.GetString(ref reader, new DicomTag(tag));
                    return true;
                case JsonTokenType.Number:
                    value = Encoding.UTF8.GetString(reader.ValueSpan);
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                default:
                    return Unfit("not text", out value, out problem);
            }
        }
    }

    private readonly struct PersonNameParser : IElementParser<PersonName?>
    {
        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out PersonName? value, out string? problem)
        {
            problem = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    value = ReadPersonNameObject(ref reader, tag);
                    return true;
                case JsonTokenType.String:
                    // Not PS3.18, but some servers send the DICOM text form (rule 8).
                    value = DicomJsonRules.GetString(ref reader, new DicomTag(tag)) is { Length: > 0 } text ? PersonName.Parse(text) : null;
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                default:
                    return Unfit("not a person name object", out value, out problem);
            }
        }
    }

    private readonly struct ItemParser : IElementParser<DicomJsonAttributes>
    {
        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out DicomJsonAttributes value, out string? problem)
        {
            problem = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    value = DicomJsonAttributes.ReadDataSet(ref reader);
                    return true;
                case JsonTokenType.Null:
                    // Rule 6: a null item is an empty item.
                    value = DicomJsonAttributes.Empty;
                    return true;
                default:
                    value = DicomJsonAttributes.Empty;
                    return Unfit<object?>("not a sequence item object", out _, out problem);
            }
        }
    }

    private readonly struct DateParser : IElementParser<DateOnly?>
    {
        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out DateOnly? value, out string? problem)
        {
            value = null;
            problem = null;
            if (!TryText(ref reader, tag, out var text, out problem) || text.IsEmpty)
            {
                return problem is null;
            }
            if (DicomDateTimeText.TryParseDate(text, out var date))
            {
                value = date;
                return true;
            }
            problem = "not a DA value (YYYYMMDD)";
            return false;
        }
    }

    private readonly struct TimeParser : IElementParser<TimeOnly?>
    {
        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out TimeOnly? value, out string? problem)
        {
            value = null;
            if (!TryText(ref reader, tag, out var text, out problem) || text.IsEmpty)
            {
                return problem is null;
            }
            if (DicomDateTimeText.TryParseTime(text, out var time))
            {
                value = time;
                return true;
            }
            problem = "not a TM value (HH[MM[SS[.FFFFFF]]])";
            return false;
        }
    }

    private readonly struct DateTimeParser : IElementParser<DateTimeOffset?>
    {
        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out DateTimeOffset? value, out string? problem)
        {
            value = null;
            if (!TryText(ref reader, tag, out var text, out problem) || text.IsEmpty)
            {
                return problem is null;
            }
            if (DicomDateTimeText.TryParseDateTime(text, out var dateTime))
            {
                value = dateTime;
                return true;
            }
            problem = "not a DT value (YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][&ZZXX])";
            return false;
        }
    }

    private readonly struct TagParser : IElementParser<DicomTag?>
    {
        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out DicomTag? value, out string? problem)
        {
            value = null;
            if (!TryText(ref reader, tag, out var text, out problem) || text.IsEmpty)
            {
                return problem is null;
            }
            if (TryParseHexTag(text, out var parsed))
            {
                value = new DicomTag(parsed);
                return true;
            }
            problem = "not an AT value (8 hex digits)";
            return false;
        }
    }

    // One parser for every number type: IS, DS, SV and UV may come as JSON numbers or as strings (rule 7), and both are
    // read with the type's own UTF-8 parser from the text as it stands (a fraction in an integer, or overflow, does not fit).
    private readonly struct NumberParser<T> : IElementParser<T?>
        where T : struct, INumberBase<T>
    {
        private static readonly string s_what =
            typeof(T) == typeof(int) ? "a 32-bit integer"
            : typeof(T) == typeof(long) ? "a 64-bit integer"
            : typeof(T) == typeof(ulong) ? "an unsigned 64-bit integer"
            : typeof(T) == typeof(decimal) ? "a decimal number"
            : "a floating-point number";

        public static bool TryParse(ref Utf8JsonReader reader, uint tag, out T? value, out string? problem)
        {
            value = null;
            if (!TryText(ref reader, tag, out var text, out problem) || text.IsEmpty)
            {
                return problem is null;
            }
            if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                value = number;
                return true;
            }
            problem = "not " + s_what;
            return false;
        }
    }

    // The UTF-8 text of a string or number entry (unescaped when needed), trimmed of the spaces DICOM pads with; empty
    // for null; false (with why) for any other token.
    private static bool TryText(ref Utf8JsonReader reader, uint tag, out ReadOnlySpan<byte> text, out string? problem)
    {
        problem = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                text = default;
                return true;
            case JsonTokenType.String:
            case JsonTokenType.Number:
                text = DicomJsonRules.NumberText(ref reader, new DicomTag(tag));
                return true;
            default:
                text = default;
                return Unfit<object?>("not a string or a number", out _, out problem);
        }
    }

    // An entry of the wrong JSON type; the caller quotes it, then skips it.
    private static bool Unfit<T>(string why, out T value, out string? problem)
    {
        value = default!;
        problem = why;
        return false;
    }

    // The entry as a warning quotes it: strings and numbers as sent (escapes kept, cut), other tokens by their JSON form.
    private static string EntryText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.Number => DicomJsonRules.Quote(reader.ValueSpan),
        JsonTokenType.StartObject => "{…}",
        JsonTokenType.StartArray => "[…]",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => reader.TokenType.ToString(),
    };
}
