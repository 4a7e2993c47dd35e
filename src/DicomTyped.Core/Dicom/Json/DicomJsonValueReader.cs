using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// Reads the values of DICOM JSON attributes (PS3.18 F.2) for the generated record readers: one method per
/// value type, each taking the reader on the attribute's object and leaving it on the object's end.
/// What is accepted is stated once in <see cref="DicomJsonRules"/>, which <see cref="DicomJsonReader"/> follows too.
/// </summary>
public static partial class DicomJsonValueReader
{
    private static readonly JsonWriterOptions s_rawWriterOptions = new()
    {
        SkipValidation = true,
        // Keeps non-ASCII text as UTF-8 in the copied JSON; the copy is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads a DICOM JSON body (a QIDO-RS or /metadata response): an array of data sets, or one data set object (read as
    /// an array of one); an empty body (204) gives no items (<see cref="DicomJsonRules"/>, rule 1). A value that does
    /// not fit its VR does not fail the body: see each record's <c>Warnings</c>.
    /// </summary>
    /// <exception cref="DicomJsonException">The JSON is malformed or not DICOM JSON; no other exception escapes.</exception>
    public static IReadOnlyList<T> ReadArray<T>(ReadOnlySpan<byte> utf8Json)
        where T : IDicomJsonReadable<T>
    {
        if (DicomJsonRules.IsEmptyBody(utf8Json))
        {
            return [];
        }
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            reader.Read();
            T[] items;
            if (DicomJsonRules.ClassifyBody(reader.TokenType, reader.TokenStartIndex) == DicomJsonRules.BodyShape.SingleDataSet)
            {
                items = [T.ReadFrom(ref reader)];
            }
            else
            {
                items = ReadItems<T>(ref reader);
            }
            if (reader.Read())
            {
                throw new DicomJsonException(null, $"unexpected {reader.TokenType} after the body (at byte {reader.TokenStartIndex})");
            }
            return items;
        }
        catch (Exception ex) when (DicomJsonRules.IsReadFailure(ex))
        {
            throw DicomJsonRules.Wrap(ex, null);
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
    internal static void EnterDataSet(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            reader.Read();
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DicomJsonException(null, $"expected a data set object, found {reader.TokenType} (at byte {reader.TokenStartIndex})");
        }
    }

    /// <summary>
    /// Reads the next attribute's key as a tag and moves onto the attribute's object; false at the end of the data set.
    /// The key is parsed from its bytes, so no string is allocated.
    /// </summary>
    internal static bool NextAttribute(ref Utf8JsonReader reader, out uint tag)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            tag = 0;
            return false;
        }
        if (reader.TokenType != JsonTokenType.PropertyName || !DicomJsonRules.TryReadKey(ref reader, out tag))
        {
            throw new DicomJsonException(null, $"expected an attribute key of 8 hex digits, found {DicomJsonRules.Describe(ref reader)} (at byte {reader.TokenStartIndex})");
        }
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DicomJsonException(new DicomTag(tag), $"the attribute is not an object but {reader.TokenType} (at byte {reader.TokenStartIndex})");
        }
        return true;
    }

    /// <summary>Keeps the attribute as raw JSON, for the attributes a record has no property for.</summary>
    internal static DicomJsonRawAttribute ReadRaw(ref Utf8JsonReader reader, uint tag) => ReadRaw(ref reader, new DicomTag(tag));

    /// <summary>Keeps the attribute as raw JSON, for the attributes a record has no property for.</summary>
    internal static DicomJsonRawAttribute ReadRaw(ref Utf8JsonReader reader, DicomTag tag)
    {
        var depth = reader.CurrentDepth;
        var buffer = new ArrayBufferWriter<byte>(64);
        using var writer = new Utf8JsonWriter(buffer, s_rawWriterOptions);
        DicomVR? vr = null;
        var nextIsVr = false;
        var forms = 0;
        writer.WriteStartObject();
        while (reader.Read())
        {
            if (nextIsVr && reader.TokenType != JsonTokenType.String)
            {
                // Rule 4: a vr that is not a string is not a VR.
                DicomJsonRules.TryReadVR(ref reader, tag, 0, out _);
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName:
                    nextIsVr = reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("vr"u8);
                    if (reader.CurrentDepth == depth + 1 && DicomJsonRules.IsValueForm(ref reader) && ++forms > 1)
                    {
                        throw DicomJsonRules.MoreThanOneValueForm(tag, reader.TokenStartIndex);
                    }
                    if (reader.ValueIsEscaped)
                    {
                        writer.WritePropertyName(DicomJsonRules.GetString(ref reader, tag)!);
                    }
                    else
                    {
                        writer.WritePropertyName(reader.ValueSpan);
                    }
                    break;
                case JsonTokenType.String:
                    if (nextIsVr)
                    {
                        vr = DicomJsonRules.TryReadVR(ref reader, tag, 0, out var sent) ? sent : null;
                        nextIsVr = false;
                    }
                    if (reader.ValueIsEscaped)
                    {
                        writer.WriteStringValue(DicomJsonRules.GetString(ref reader, tag));
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
        // Rule 4: no vr, or an empty one, means the dictionary's.
        return new DicomJsonRawAttribute(tag, vr ?? DicomJsonRules.DictionaryVR(tag, reader.TokenStartIndex), buffer.WrittenMemory);
    }

    /// <summary>Parses 8 hex digits (either case) into a tag value.</summary>
    internal static bool TryParseHexTag(ReadOnlySpan<byte> key, out uint tag)
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

    internal static string Describe(ref Utf8JsonReader reader) => DicomJsonRules.Describe(ref reader);
}
