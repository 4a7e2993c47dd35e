using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// Reads the values of DICOM JSON attributes (PS3.18 F.2) for the generated record readers: one method per
/// value type, each taking the reader on the attribute's object and leaving it on the object's end.
/// Values are accepted in every form servers send: IS/DS as numbers or strings, null entries in lists,
/// members in any order, a <c>vr</c> that differs from the dictionary's.
/// </summary>
public static partial class DicomJsonValueReader
{
    private static readonly JsonWriterOptions s_rawWriterOptions = new()
    {
        SkipValidation = true,
        // Keeps non-ASCII text as UTF-8 in the copied JSON; the copy is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a DICOM JSON array of data sets (a QIDO-RS or /metadata response); an empty body (204) gives no items.</summary>
    /// <exception cref="DicomJsonException">The JSON or one of its values is malformed.</exception>
    public static IReadOnlyList<T> ReadArray<T>(ReadOnlySpan<byte> utf8Json)
        where T : IDicomJsonReadable<T>
    {
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return [];
        }
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            if (!reader.Read())
            {
                return [];
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new DicomJsonException(null, $"expected an array of data sets, found {reader.TokenType}");
            }
            return ReadItems<T>(ref reader);
        }
        catch (JsonException ex)
        {
            throw new DicomJsonException(null, ex.Message, ex);
        }
    }

    // Items are gathered in small chunks and copied once into an exact array: a List doubling to thousands of entries
    // puts its last arrays on the large object heap, whose collections cost more than the parsing itself.
    private static T[] ReadItems<T>(ref Utf8JsonReader reader)
        where T : IDicomJsonReadable<T>
    {
        const int ChunkSize = 256;
        List<T[]>? full = null;
        var current = new T[ChunkSize];
        var count = 0;
        var total = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == ChunkSize)
            {
                (full ??= []).Add(current);
                current = new T[ChunkSize];
                count = 0;
            }
            current[count++] = T.ReadFrom(ref reader);
            total++;
        }
        if (full is null)
        {
            return current.AsSpan(0, count).ToArray();
        }
        var items = new T[total];
        var offset = 0;
        foreach (var chunk in full)
        {
            chunk.CopyTo(items, offset);
            offset += ChunkSize;
        }
        Array.Copy(current, 0, items, offset, count);
        return items;
    }

    /// <summary>Moves onto the data set's start (reading the first token when nothing was read yet) and checks that it is an object.</summary>
    public static void EnterDataSet(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            reader.Read();
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DicomJsonException(null, $"expected a data set object, found {reader.TokenType}");
        }
    }

    /// <summary>
    /// Reads the next attribute's key as a tag and moves onto the attribute's object; false at the end of the data set.
    /// The key is parsed from its bytes, so no string is allocated.
    /// </summary>
    public static bool NextAttribute(ref Utf8JsonReader reader, out uint tag)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            tag = 0;
            return false;
        }
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || !TryParseHexTag(reader.ValueSpan, out tag))
        {
            throw new DicomJsonException(null, $"expected an attribute key of 8 hex digits, found {Describe(ref reader)}");
        }
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DicomJsonException(new DicomTag(tag), $"the attribute is not an object but {reader.TokenType}");
        }
        return true;
    }

    /// <summary>Keeps the attribute as raw JSON, for the attributes a record has no property for.</summary>
    public static DicomJsonRawAttribute ReadRaw(ref Utf8JsonReader reader, uint tag) => ReadRaw(ref reader, new DicomTag(tag));

    /// <summary>Keeps the attribute as raw JSON, for the attributes a record has no property for.</summary>
    public static DicomJsonRawAttribute ReadRaw(ref Utf8JsonReader reader, DicomTag tag)
    {
        var depth = reader.CurrentDepth;
        var buffer = new ArrayBufferWriter<byte>(64);
        using var writer = new Utf8JsonWriter(buffer, s_rawWriterOptions);
        var vr = default(DicomVR);
        var nextIsVr = false;
        writer.WriteStartObject();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName:
                    nextIsVr = reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("vr"u8);
                    if (reader.ValueIsEscaped)
                    {
                        writer.WritePropertyName(reader.GetString()!);
                    }
                    else
                    {
                        writer.WritePropertyName(reader.ValueSpan);
                    }
                    break;
                case JsonTokenType.String:
                    if (nextIsVr && reader.ValueSpan.Length == 2)
                    {
                        DicomVR.TryFromBytes(reader.ValueSpan[0], reader.ValueSpan[1], out vr);
                    }
                    if (reader.ValueIsEscaped)
                    {
                        writer.WriteStringValue(reader.GetString());
                    }
                    else
                    {
                        writer.WriteStringValue(reader.ValueSpan);
                    }
                    break;
                case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                case JsonTokenType.Null: writer.WriteNullValue(); break;
            }
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                break;
            }
        }
        writer.Flush();
        return new DicomJsonRawAttribute(tag, vr, buffer.WrittenMemory);
    }

    /// <summary>Parses 8 hex digits (either case) into a tag value.</summary>
    public static bool TryParseHexTag(ReadOnlySpan<byte> key, out uint tag)
    {
        tag = 0;
        if (key.Length != 8)
        {
            return false;
        }
        for (var i = 0; i < 8; i++)
        {
            var b = key[i];
            uint digit;
            if (b >= '0' && b <= '9')
            {
                digit = (uint)(b - '0');
            }
            else if (b >= 'A' && b <= 'F')
            {
                digit = (uint)(b - 'A' + 10);
            }
            else if (b >= 'a' && b <= 'f')
            {
                digit = (uint)(b - 'a' + 10);
            }
            else
            {
                return false;
            }
            tag = (tag << 4) | digit;
        }
        return true;
    }

    internal static DicomJsonException Malformed(uint tag, string problem) => new(new DicomTag(tag), problem);

    internal static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => $"{reader.TokenType} '{reader.GetString()}'",
        JsonTokenType.Number => $"number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}",
        _ => reader.TokenType.ToString(),
    };
}
