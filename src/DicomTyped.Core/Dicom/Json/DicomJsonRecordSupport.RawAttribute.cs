using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

/// <summary>One DICOM JSON attribute kept as its raw JSON object (<c>{"vr":"PN","Value":[…]}</c>), read on demand.</summary>
public sealed class DicomJsonRawAttribute
{
    /// <summary>Creates an attribute from its tag, VR and the UTF-8 JSON of its object.</summary>
    public DicomJsonRawAttribute(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> rawJson)
    {
        Tag = tag;
        VR = vr;
        RawJson = rawJson;
    }

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The VR the server sent (unknown when it sent none).</summary>
    public DicomVR VR { get; }

    /// <summary>The attribute's JSON object, UTF-8.</summary>
    public ReadOnlyMemory<byte> RawJson { get; }

    /// <summary>The base64 text of <c>InlineBinary</c>, or null.</summary>
    public string? InlineBinary => ReadMember("InlineBinary"u8);

    /// <summary>The <c>BulkDataURI</c>, or null.</summary>
    public string? BulkDataUri => ReadMember("BulkDataURI"u8);

    /// <summary>
    /// The values as text: strings as sent, numbers in their JSON form, person names in the DICOM form
    /// <c>Alphabetic=Ideographic=Phonetic</c>, null for an empty value. Sequence items are not text: see <see cref="GetItems"/>.
    /// </summary>
    /// <exception cref="DicomJsonException">The JSON is not a DICOM JSON attribute.</exception>
    public IReadOnlyList<string?> GetStrings()
    {
        var values = new List<string?>();
        var reader = new Utf8JsonReader(RawJson.Span);
        if (!MoveToValueArray(ref reader))
        {
            return values;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    values.Add(DicomJsonRules.GetString(ref reader, Tag));
                    break;
                case JsonTokenType.Number:
                    values.Add(Encoding.UTF8.GetString(reader.ValueSpan));
                    break;
                case JsonTokenType.StartObject when VR == DicomVR.PN:
                    values.Add(DicomJsonValueReader.ReadPersonNameObject(ref reader, Tag.Value)?.ToString());
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    reader.Skip();
                    break;
                default:
                    values.Add(null);
                    break;
            }
        }
        return values;
    }

    /// <summary>The items of a sequence (VR SQ), each with its attributes kept raw; empty for other VRs.</summary>
    public IReadOnlyList<DicomJsonAttributes> GetItems()
    {
        var reader = new Utf8JsonReader(RawJson.Span);
        reader.Read();
        return DicomJsonValueReader.ReadSequence(ref reader, Tag.Value) ?? [];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VR} {Encoding.UTF8.GetString(RawJson.Span)}";

    private bool MoveToValueArray(ref Utf8JsonReader reader)
    {
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isValue = reader.ValueTextEquals("Value"u8);
            reader.Read();
            if (isValue && reader.TokenType == JsonTokenType.StartArray)
            {
                return true;
            }
            reader.Skip();
        }
        return false;
    }

    private string? ReadMember(ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(RawJson.Span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found && reader.TokenType == JsonTokenType.String)
            {
                return DicomJsonRules.GetString(ref reader, Tag);
            }
            reader.Skip();
        }
        return null;
    }
}
