using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// Writes data sets as DICOM JSON (PS3.18 F.2) straight into a <see cref="Utf8JsonWriter"/>: keys in ascending tag
/// order, no group-length elements, <c>"vr"</c> first, then at most one of <c>Value</c>, <c>BulkDataURI</c> and
/// <c>InlineBinary</c>. The same data set always gives the same bytes.
/// </summary>
/// <remarks>
/// <para>Text is decoded with the data set's Specific Character Set; sequence items without their own inherit it.</para>
/// <para>Numbers: US, SS, UL, SL, FL, FD are JSON numbers; SV and UV too unless beyond ±2^53, where a double
/// would lose digits, so they are strings (PS3.18 F.2.3.1). FL/FD NaN and infinities have no JSON number form and
/// are written as the strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>. IS and DS are numbers when
/// their text is a valid JSON number, else strings (e.g. <c>"+5"</c>, <c>".5"</c>, <c>"007"</c>).</para>
/// <para>Binary values are little endian, as PS3.18 requires: values read from Explicit VR Big Endian are swapped.
/// Values still in their source stream are read and base64-encoded in 48 KiB chunks, so pixel data is never
/// loaded whole.</para>
/// <para>Encapsulated pixel data is written as <c>InlineBinary</c> of the encapsulated value as Part 10 encodes it
/// (the Basic Offset Table item and one item per fragment, without the sequence delimiter, as pydicom does),
/// or as a <c>BulkDataURI</c> when <see cref="DicomJsonWriterOptions.BulkDataUriProvider"/> gives one.</para>
/// <para>A sequence read as UN (undefined length) is written with VR SQ, as its items are data sets.</para>
/// </remarks>
public static partial class DicomJsonWriter
{
    private static readonly JsonWriterOptions s_bytesWriterOptions = new()
    {
        // Responses are JSON for APIs, never inlined in HTML: non-ASCII names stay readable UTF-8.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one data set as a DICOM JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="dataset">The data set.</param>
    /// <param name="options">How to write; <see cref="DicomJsonWriterOptions.Default"/> when null.</param>
    public static void Write(Utf8JsonWriter writer, DicomDataset dataset, DicomJsonWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dataset);
        WriteDataset(writer, dataset, dataset.CharacterSet, options ?? DicomJsonWriterOptions.Default);
    }

    /// <summary>Writes data sets as a DICOM JSON array (the body of a QIDO-RS or /metadata response).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="datasets">The data sets, in the order to write them.</param>
    /// <param name="options">How to write; <see cref="DicomJsonWriterOptions.Default"/> when null.</param>
    public static void Write(Utf8JsonWriter writer, IEnumerable<DicomDataset> datasets, DicomJsonWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(datasets);
        writer.WriteStartArray();
        foreach (var dataset in datasets)
        {
            Write(writer, dataset, options);
        }
        writer.WriteEndArray();
    }

    /// <summary>One data set as UTF-8 DICOM JSON (non-ASCII text unescaped).</summary>
    public static byte[] ToUtf8Bytes(DicomDataset dataset, DicomJsonWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, s_bytesWriterOptions))
        {
            Write(writer, dataset, options);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Data sets as a UTF-8 DICOM JSON array (non-ASCII text unescaped).</summary>
    public static byte[] ToUtf8Bytes(IEnumerable<DicomDataset> datasets, DicomJsonWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, s_bytesWriterOptions))
        {
            Write(writer, datasets, options);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteDataset(Utf8JsonWriter writer, DicomDataset dataset, DicomCharacterSet characterSet, DicomJsonWriterOptions options)
    {
        writer.WriteStartObject();
        Span<byte> key = stackalloc byte[8];
        foreach (var element in dataset)
        {
            // Group lengths (gggg,0000) describe the binary encoding only; PS3.18 F.2 leaves them out.
            if (element.Tag.Element == 0)
            {
                continue;
            }
            FormatHex(element.Tag.Value, key);
            writer.WritePropertyName(key);
            WriteElement(writer, element, characterSet, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter writer, DicomElement element, DicomCharacterSet characterSet, DicomJsonWriterOptions options)
    {
        writer.WriteStartObject();
        if (element is DicomSequence sequence)
        {
            WriteVR(writer, DicomVR.SQ);
            WriteItems(writer, sequence, characterSet, options);
        }
        else
        {
            // A public tag stored as UN is written with its dictionary VR (PS3.5 6.2.2), decoded as the getters decode it.
            var vr = element.VR.IsUnknown ? DicomVR.UN : DicomValueDecoder.ValueVR(element);
            WriteVR(writer, vr);
            if (element is DicomJsonBulkDataElement reference)
            {
                writer.WriteString("BulkDataURI"u8, options.BulkDataUriProvider?.Invoke(element) ?? reference.BulkDataUri);
            }
            else if (element is DicomFragments || IsBinary(vr))
            {
                WriteBinary(writer, element, vr, options);
            }
            else if (element.Length > 0)
            {
                WriteValue(writer, element, vr, characterSet, options);
            }
        }
        writer.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter writer, DicomSequence sequence, DicomCharacterSet characterSet, DicomJsonWriterOptions options)
    {
        // No items is no value (PS3.18 F.2.5): the member is left out rather than written as [].
        if (sequence.Items.Count == 0)
        {
            return;
        }
        writer.WriteStartArray("Value"u8);
        foreach (var item in sequence.Items)
        {
            // An item states its own character set or inherits the one of the data set holding the sequence.
            var itemCharacterSet = item.Contains(CoreTags.SpecificCharacterSet) ? item.CharacterSet : characterSet;
            WriteDataset(writer, item, itemCharacterSet, options);
        }
        writer.WriteEndArray();
    }

    private static void WriteVR(Utf8JsonWriter writer, DicomVR vr)
    {
        Span<byte> code = [(byte)(vr.Code >> 8), (byte)vr.Code];
        writer.WriteString("vr"u8, code);
    }

    private static bool IsBinary(DicomVR vr) =>
        vr == DicomVR.OB || vr == DicomVR.OD || vr == DicomVR.OF || vr == DicomVR.OL ||
        vr == DicomVR.OV || vr == DicomVR.OW || vr == DicomVR.UN;

    internal static void FormatHex(uint value, Span<byte> destination)
    {
        for (var i = 7; i >= 0; i--)
        {
            var digit = (int)(value & 0xF);
            destination[i] = (byte)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            value >>= 4;
        }
    }
}
