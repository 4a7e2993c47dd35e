using System;
using System.Collections.Generic;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

// One attribute object: its members in any order, then its value by VR.
public static partial class DicomJsonReader
{
    private static DicomElement ReadAttribute(ref Utf8JsonReader reader, DicomTag tag, ReadContext context, int depth, DicomDataset owner)
    {
        DicomVR? vr = null;
        var valueReader = default(Utf8JsonReader);
        var hasValue = false;
        DicomElement? read = null;
        string? bulkDataUri = null;
        byte[]? inlineBinary = null;
        var forms = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("vr"u8))
            {
                reader.Read();
                vr = DicomJsonRules.TryReadVR(ref reader, tag, context.BaseOffset, out var sent) ? sent : null;
            }
            else if (reader.ValueTextEquals("Value"u8))
            {
                reader.Read();
                hasValue = true;
                forms++;
                if (vr is { } known)
                {
                    // The usual order ("vr" first): read the value at once, so each token is read once at every depth.
                    read = FromValue(ref reader, tag, known, context, depth, owner);
                    continue;
                }
                // The VR may come later: remember where the value starts and read it once the VR is known.
                valueReader = reader;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("InlineBinary"u8))
            {
                reader.Read();
                inlineBinary = ReadBase64(ref reader, context);
                forms++;
            }
            else if (reader.ValueTextEquals("BulkDataURI"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw Fail(ref reader, context, $"BulkDataURI is {reader.TokenType}, not a string");
                }
                bulkDataUri = DicomJsonRules.GetString(ref reader, tag)!;
                forms++;
            }
            else
            {
                // Members PS3.18 does not define (e.g. a "keyword" some tools add) carry nothing the data set keeps.
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw Fail(ref reader, context, $"expected a member name, found {reader.TokenType}");
        }
        var resolved = vr ?? DicomJsonRules.DictionaryVR(tag, context.BaseOffset + reader.TokenStartIndex);
        if (forms > 1)
        {
            throw DicomJsonRules.MoreThanOneValueForm(tag, context.BaseOffset + reader.TokenStartIndex);
        }
        if (bulkDataUri is not null)
        {
            return new DicomJsonBulkDataElement(tag, resolved, bulkDataUri);
        }
        if (inlineBinary is not null)
        {
            return FromInlineBinary(ref reader, tag, resolved, inlineBinary, context);
        }
        if (read is not null)
        {
            return read;
        }
        if (!hasValue)
        {
            return resolved == DicomVR.SQ ? new DicomSequence(tag, DicomVR.SQ, null) : new DicomElement(tag, resolved, ReadOnlyMemory<byte>.Empty);
        }
        return FromValue(ref valueReader, tag, resolved, context, depth, owner);
    }

    // The "Value" member's value (the reader on it), read by VR; the reader is left on the value's last token.
    private static DicomElement FromValue(ref Utf8JsonReader reader, DicomTag tag, DicomVR vr, ReadContext context, int depth, DicomDataset owner)
    {
        if (vr == DicomVR.SQ)
        {
            return new DicomSequence(tag, DicomVR.SQ, ReadItems(ref reader, context, depth, owner));
        }
        if (reader.TokenType == JsonTokenType.Null)
        {
            return new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty);
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail(ref reader, context, $"Value is {reader.TokenType}, not an array");
        }
        return new DicomElement(tag, vr, ReadValues(ref reader, vr, context)) { IsAsRead = true };
    }

    private static byte[] ReadBase64(ref Utf8JsonReader reader, ReadContext context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail(ref reader, context, $"InlineBinary is {reader.TokenType}, not a base64 string");
        }
        if (!reader.TryGetBytesFromBase64(out var bytes))
        {
            throw Fail(ref reader, context, "InlineBinary is not valid base64");
        }
        return bytes;
    }

    private static List<DicomDataset> ReadItems(ref Utf8JsonReader reader, ReadContext context, int depth, DicomDataset owner)
    {
        var items = new List<DicomDataset>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return items;
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail(ref reader, context, $"a sequence Value is {reader.TokenType}, not an array of items");
        }
        if (depth + 1 > MaxNestingDepth)
        {
            throw Fail(ref reader, context, $"sequences nest deeper than {MaxNestingDepth} levels");
        }
        var sequenceTag = context.Tag;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // null is read as an empty item: some writers send it for {}.
            items.Add(reader.TokenType == JsonTokenType.Null
                ? new DicomDataset { Parent = owner }
                : ReadObject(ref reader, context, depth + 1, owner));
            context.Tag = sequenceTag;
        }
        return items;
    }

    private static DicomElement FromInlineBinary(ref Utf8JsonReader reader, DicomTag tag, DicomVR vr, byte[] bytes, ReadContext context)
    {
        if (vr == DicomVR.SQ)
        {
            throw Fail(ref reader, context, "a sequence cannot have InlineBinary");
        }
        if (tag == CoreTags.PixelData && DicomJsonEncapsulatedValue.TryParse(bytes, out var offsetTable, out var fragments))
        {
            return new DicomFragments(tag, vr, offsetTable, fragments);
        }
        return new DicomElement(tag, vr, DicomValueEncoder.Pad(bytes, vr)) { IsAsRead = true };
    }
}
