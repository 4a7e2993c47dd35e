using System;
using System.Text;
using System.Text.Json;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// What the DICOM JSON readers of this library accept (PS3.18 F.2 and the forms servers send beside it), stated once:
/// <see cref="DicomJsonReader"/> (into <see cref="DicomDataset"/>) and the generated record readers
/// (<see cref="IDicomJsonReadable{TSelf}"/>, through <see cref="DicomJsonValueReader"/>) both decide by these members.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><b>Body.</b> An array of data set objects; a body that is one data set object (not wrapped in an array) is read
/// as an array of one; an empty body (whitespace only, as with HTTP 204) is no data sets. Anything else is an error.</item>
/// <item><b>Keys.</b> Eight hex digits, upper or lower case (<c>"0020000d"</c> is (0020,000D)). A key given twice in one
/// data set is an error: which of the two is meant cannot be known (RFC 8259 section 4).</item>
/// <item><b>Members of an attribute</b> (<c>vr</c>, <c>Value</c>, <c>InlineBinary</c>, <c>BulkDataURI</c>) come in any
/// order; members PS3.18 does not define (e.g. <c>keyword</c>) are ignored; more than one of <c>Value</c>,
/// <c>InlineBinary</c> and <c>BulkDataURI</c> is an error.</item>
/// <item><b>VR.</b> A missing <c>vr</c> and an empty one (<c>"vr": ""</c>) alike mean the data dictionary's VR; a tag
/// with neither is an error. A <c>vr</c> that is not one of the VRs of PS3.5 6.2 is an error.</item>
/// <item><b>Empty values.</b> A missing <c>Value</c>, <c>"Value": null</c> and <c>"Value": []</c> alike are an empty
/// attribute; a <c>null</c> entry in a <c>Value</c> array is an empty value in its place.</item>
/// <item><b>Sequence items.</b> A <c>null</c> item is an empty item; every other item is a data set object.</item>
/// <item><b>Numbers.</b> IS, DS, SV and UV (and US, SS, UL, SL, FL, FD) are read from JSON numbers and from strings
/// holding a number alike (PS3.18 F.2.3.1 sends SV and UV beyond 2^53 as strings; some servers send every number so).</item>
/// <item><b>Person names.</b> An object of <c>Alphabetic</c>, <c>Ideographic</c> and <c>Phonetic</c> groups, or the
/// DICOM text form (<c>"Doe^John=..."</c>) that some servers send.</item>
/// <item><b>Text.</b> Strings must be well-formed UTF-8 and UTF-16 (no lone surrogate escape such as <c>\uD800</c>);
/// anything else is an error, since JSON text is Unicode (RFC 8259 section 8.1).</item>
/// <item><b>Values outside their VR's syntax</b> (a TM with seven fraction digits, a DA <c>"2024-01-02"</c>, an IS
/// <c>"three"</c>) never lose the body. <see cref="DicomJsonReader"/> keeps text VRs as sent (a data set keeps bytes;
/// its getters parse); the generated records set the typed property to null, keep the attribute as sent in
/// <c>OtherAttributes</c> and report it in <c>Warnings</c> (<see cref="DicomJsonWarning"/>). A binary VR (US, SS, UL,
/// SL, FL, FD, AT) given a value that is not its number is an error for <see cref="DicomJsonReader"/> only, as a data
/// set has no bytes to keep for it.</item>
/// <item><b>Shape.</b> JSON that is malformed, an attribute that is not an object, a <c>Value</c> that is not an
/// array, and nesting deeper than <see cref="DicomJsonReader.MaxNestingDepth"/> sequences are errors for the whole
/// body. Every error is a <see cref="DicomJsonException"/>; no other exception escapes either reader.</item>
/// </list>
/// pydicom 2.3.1 (<c>Dataset.from_json</c>, checked on each input of the tests) reads a single data set object only
/// (an array raises), keeps the last of a repeated key, reads a 7-digit key as another tag, keeps an empty, unknown or
/// numeric <c>vr</c> as it stands, raises KeyError on a missing <c>vr</c> and TypeError on <c>"Value": null</c>, keeps a
/// lone surrogate, raises on invalid UTF-8, reads TM/DA out of syntax with a warning and raises ValueError on an IS,
/// DS or US that is not a number; on the other rules it reads what these readers read.
/// </remarks>
public static class DicomJsonRules
{
    /// <summary>Longest part of a value quoted in a message or warning; longer text is cut, so a hostile value cannot grow a message.</summary>
    public const int MaxQuotedLength = 64;

    /// <summary>The shape of a body, from its first token (rule 1).</summary>
    internal enum BodyShape
    {
        Array,
        SingleDataSet,
    }

    /// <summary>Rule 1: a body of whitespace only holds no data sets.</summary>
    internal static bool IsEmptyBody(ReadOnlySpan<byte> utf8Json) => utf8Json.Trim(" \t\r\n"u8).IsEmpty;

    /// <summary>Rule 1: an array, or one data set object; anything else is an error.</summary>
    /// <exception cref="DicomJsonException">The first token is neither.</exception>
    internal static BodyShape ClassifyBody(JsonTokenType first, long offset) => first switch
    {
        JsonTokenType.StartArray => BodyShape.Array,
        JsonTokenType.StartObject => BodyShape.SingleDataSet,
        _ => throw new DicomJsonException(null, $"expected an array of data sets or one data set object, found {first} (at byte {offset})"),
    };

    /// <summary>Rule 2: the tag of an attribute key (the reader on a property name), or false when it is not 8 hex digits.</summary>
    internal static bool TryReadKey(ref Utf8JsonReader reader, out uint tag)
    {
        if (!reader.ValueIsEscaped)
        {
            return DicomJsonValueReader.TryParseHexTag(reader.ValueSpan, out tag);
        }
        // An escaped key ("\u0030010...") means the same digits; a key that long is not a tag anyway.
        tag = 0;
        return reader.ValueSpan.Length <= 48 && DicomJsonValueReader.TryParseHexTag(Encoding.UTF8.GetBytes(GetString(ref reader, null) ?? ""), out tag);
    }

    /// <summary>
    /// Rule 4: the VR of a <c>vr</c> member (the reader on its value): false for an empty string, which means the
    /// dictionary's VR as a missing member does.
    /// </summary>
    /// <exception cref="DicomJsonException">The member is not a string naming a VR.</exception>
    internal static bool TryReadVR(ref Utf8JsonReader reader, DicomTag tag, long offset, out DicomVR vr)
    {
        vr = default;
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            var text = reader.ValueSpan;
            if (text.IsEmpty)
            {
                return false;
            }
            if (text.Length == 2 && DicomVR.TryFromBytes(text[0], text[1], out vr))
            {
                return true;
            }
        }
        throw new DicomJsonException(tag, $"{Describe(ref reader)} is not a value representation (at byte {offset + reader.TokenStartIndex})");
    }

    /// <summary>Rule 4: the data dictionary's VR for an attribute sent without one (or with an empty one).</summary>
    /// <exception cref="DicomJsonException">The tag is not in the dictionary, so its VR is unknown.</exception>
    internal static DicomVR DictionaryVR(DicomTag tag, long offset)
    {
        if (DicomDictionary.Find(tag) is { } entry && !entry.VR.IsUnknown)
        {
            return entry.VR;
        }
        throw new DicomJsonException(tag, $"the attribute has no \"vr\" and the tag is not in the data dictionary (at byte {offset})");
    }

    /// <summary>Rule 3: the value members; other names are members PS3.18 does not define, which are ignored.</summary>
    internal static bool IsValueForm(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("Value"u8) || reader.ValueTextEquals("InlineBinary"u8) || reader.ValueTextEquals("BulkDataURI"u8);

    /// <summary>Rule 3: the error for an attribute with more than one value form.</summary>
    internal static DicomJsonException MoreThanOneValueForm(DicomTag tag, long offset) =>
        new(tag, $"the attribute has more than one of Value, InlineBinary and BulkDataURI (at byte {offset})");

    /// <summary>Rule 2: the error for a key given twice in one data set.</summary>
    internal static DicomJsonException RepeatedKey(DicomTag tag, long? offset) =>
        new(tag, offset is { } at ? $"the attribute appears twice in one data set (at byte {at})" : "the attribute appears twice in one data set");

    /// <summary>Rule 9: a string token's text, or an error naming the attribute when it is not well-formed Unicode.</summary>
    /// <exception cref="DicomJsonException">The string holds invalid UTF-8 or a lone surrogate escape.</exception>
    internal static string? GetString(ref Utf8JsonReader reader, DicomTag? tag)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw new DicomJsonException(tag, $"a string is not well-formed Unicode (invalid UTF-8 or a lone surrogate escape) (at byte {reader.TokenStartIndex})", ex);
        }
    }

    /// <summary>Rule 7: the text of a number given as a JSON number or a string, trimmed of DICOM's padding spaces; empty for null.</summary>
    internal static ReadOnlySpan<byte> NumberText(ref Utf8JsonReader reader, DicomTag tag)
    {
        var span = reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(GetString(ref reader, tag)!) : reader.ValueSpan;
        return span.Trim((byte)' ');
    }

    /// <summary>
    /// The token as a message quotes it: strings and numbers as sent (escapes left as they are, cut at
    /// <see cref="MaxQuotedLength"/>), other tokens by their type. Never throws, whatever the bytes.
    /// </summary>
    internal static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => $"{reader.TokenType} '{Quote(reader.HasValueSequence ? default : reader.ValueSpan)}'",
        JsonTokenType.Number => $"number {Quote(reader.ValueSpan)}",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>UTF-8 bytes as text for a message: invalid bytes become U+FFFD, and long text is cut.</summary>
    internal static string Quote(ReadOnlySpan<byte> utf8)
    {
        var cut = utf8.Length > MaxQuotedLength * 4;
        var text = Encoding.UTF8.GetString(cut ? utf8[..(MaxQuotedLength * 4)] : utf8);
        return Quote(text);
    }

    /// <summary>Text for a message, cut at <see cref="MaxQuotedLength"/> characters.</summary>
    internal static string Quote(string text) =>
        text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "…");

    /// <summary>Rule 11: the exceptions a reader turns into <see cref="DicomJsonException"/> (the tokenizer's, and the parsers').</summary>
    internal static bool IsReadFailure(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or OverflowException
            or ArgumentException or DicomCharacterSetException or DecoderFallbackException;

    /// <summary>Rule 11: any read failure as a <see cref="DicomJsonException"/>.</summary>
    internal static DicomJsonException Wrap(Exception ex, DicomTag? tag) =>
        ex as DicomJsonException ?? new DicomJsonException(tag, ex.Message, ex);
}
