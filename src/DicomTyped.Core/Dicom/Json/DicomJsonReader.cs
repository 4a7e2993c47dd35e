using System;
using System.Collections.Generic;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// Reads DICOM JSON (PS3.18 F.2) into <see cref="DicomDataset"/>s with a <see cref="Utf8JsonReader"/>, for every VR:
/// IS, DS, SV and UV as numbers or strings, null entries in lists, PN objects, <c>InlineBinary</c> decoded,
/// <c>BulkDataURI</c> kept as a <see cref="DicomJsonBulkDataElement"/> (nothing is fetched), attribute keys in any
/// order (sorted into the data set), and <c>"vr"</c> before or after <c>Value</c>. What it accepts is stated once, in
/// <see cref="DicomJsonRules"/>, which the generated record readers follow too.
/// </summary>
/// <remarks>
/// <para><b>Text encoding.</b> JSON text is Unicode, so text values are encoded into the elements as UTF-8. When any
/// text value of a data set (its items included) is not ASCII, Specific Character Set (0008,0005) of the data set,
/// and of each item that states one, is set to <c>ISO_IR 192</c> so that the bytes are read back correctly; a data
/// set whose text is all ASCII keeps the Specific Character Set the JSON gave.</para>
/// <para><b>Encapsulated pixel data.</b> An <c>InlineBinary</c> of Pixel Data (7FE0,0010) that is a well-formed chain
/// of items (Basic Offset Table, then fragments, as <see cref="DicomJsonWriter"/> and pydicom write it) becomes
/// <see cref="DicomFragments"/>; any other value is kept as native bytes.</para>
/// <para><b>Errors.</b> Malformed JSON and values that do not fit their VR throw <see cref="DicomJsonException"/>
/// naming the attribute and the byte offset in the JSON. Sequences nest at most <see cref="MaxNestingDepth"/> deep.
/// A missing or empty <c>"vr"</c> is taken from the data dictionary; an unknown tag without one is an error.</para>
/// </remarks>
public static partial class DicomJsonReader
{
    /// <summary>The deepest sequence nesting accepted (items within items); deeper input is a <see cref="DicomJsonException"/>.</summary>
    public const int MaxNestingDepth = 64;

    // Each sequence level costs three JSON levels (attribute object, Value array, item object), plus a few for the top.
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = MaxNestingDepth * 3 + 8 };

    /// <summary>
    /// Reads one data set object. The reader may be before the object (nothing read yet) or on its start;
    /// it is left on the object's end. The whole object must be in the reader's data.
    /// </summary>
    /// <exception cref="DicomJsonException">The JSON is malformed or a value does not fit its VR.</exception>
    public static DicomDataset ReadDataset(ref Utf8JsonReader reader) => ReadDataset(ref reader, 0);

    /// <summary>
    /// Reads a DICOM JSON body: an array of data sets, or one data set object (read as an array of one); an empty body
    /// (as with HTTP 204) gives none (<see cref="DicomJsonRules"/>, rule 1).
    /// </summary>
    /// <exception cref="DicomJsonException">The JSON is malformed or a value does not fit its VR.</exception>
    public static IReadOnlyList<DicomDataset> ReadDatasets(ReadOnlySpan<byte> utf8Json)
    {
        var datasets = new List<DicomDataset>();
        if (DicomJsonRules.IsEmptyBody(utf8Json))
        {
            return datasets;
        }
        var reader = new Utf8JsonReader(utf8Json, s_readerOptions);
        try
        {
            reader.Read();
            if (DicomJsonRules.ClassifyBody(reader.TokenType, reader.TokenStartIndex) == DicomJsonRules.BodyShape.SingleDataSet)
            {
                datasets.Add(ReadDataset(ref reader, 0));
            }
            else
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    datasets.Add(ReadDataset(ref reader, 0));
                }
            }
            if (reader.Read())
            {
                throw Fail(ref reader, new ReadContext(0), $"unexpected {reader.TokenType} after the array");
            }
        }
        catch (Exception ex) when (DicomJsonRules.IsReadFailure(ex))
        {
            throw DicomJsonRules.Wrap(ex, null);
        }
        return datasets;
    }

    /// <summary>
    /// Turns the raw attributes a generated record keeps (<see cref="DicomJsonAttributes"/>) into a data set, so that
    /// every attribute the record has no property for can be read with the data set API.
    /// </summary>
    /// <exception cref="DicomJsonException">An attribute's JSON does not fit its VR.</exception>
    public static DicomDataset ToDataset(DicomJsonAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var context = new ReadContext(0);
        var dataset = new DicomDataset();
        foreach (var attribute in attributes)
        {
            context.Tag = attribute.Tag;
            var reader = new Utf8JsonReader(attribute.RawJson.Span, s_readerOptions);
            try
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Fail(ref reader, context, $"the attribute is not an object but {reader.TokenType}");
                }
                dataset.Set(ReadAttribute(ref reader, attribute.Tag, context, 0, dataset));
            }
            catch (Exception ex) when (DicomJsonRules.IsReadFailure(ex))
            {
                throw DicomJsonRules.Wrap(ex, context.Tag);
            }
        }
        context.Finish(dataset);
        return dataset;
    }

    internal static DicomDataset ReadDataset(ref Utf8JsonReader reader, long baseOffset)
    {
        var context = new ReadContext(baseOffset);
        try
        {
            if (reader.TokenType == JsonTokenType.None)
            {
                reader.Read();
            }
            var dataset = ReadObject(ref reader, context, 0, null);
            context.Finish(dataset);
            return dataset;
        }
        catch (Exception ex) when (DicomJsonRules.IsReadFailure(ex))
        {
            throw DicomJsonRules.Wrap(ex, context.Tag);
        }
    }

    private static DicomDataset ReadObject(ref Utf8JsonReader reader, ReadContext context, int depth, DicomDataset? parent)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail(ref reader, context, $"expected a data set object, found {reader.TokenType}");
        }
        var dataset = new DicomDataset { Parent = parent };
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var tag = ReadKey(ref reader, context);
            context.Tag = tag;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Fail(ref reader, context, $"the attribute is not an object but {reader.TokenType}");
            }
            if (dataset.Contains(tag))
            {
                throw DicomJsonRules.RepeatedKey(tag, context.BaseOffset + reader.TokenStartIndex);
            }
            dataset.AddInOrder(ReadAttribute(ref reader, tag, context, depth, dataset));
            if (tag == CoreTags.SpecificCharacterSet && parent is not null)
            {
                context.ItemsWithCharacterSet.Add(dataset);
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw Fail(ref reader, context, $"expected an attribute key, found {reader.TokenType}");
        }
        return dataset;
    }

    private static DicomTag ReadKey(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!DicomJsonRules.TryReadKey(ref reader, out var value))
        {
            context.Tag = null;
            throw Fail(ref reader, context, $"{DicomJsonRules.Describe(ref reader)} is not an attribute key of 8 hex digits");
        }
        return new DicomTag(value);
    }

    private static DicomJsonException Fail(ref Utf8JsonReader reader, ReadContext context, string problem) =>
        new(context.Tag, $"{problem} (at byte {context.BaseOffset + reader.TokenStartIndex})");

    /// <summary>State shared by one top-level data set: where it starts, what is being read, what text it held.</summary>
    private sealed class ReadContext(long baseOffset)
    {
        public long BaseOffset { get; } = baseOffset;

        public DicomTag? Tag { get; set; }

        public bool SawNonAscii { get; set; }

        public List<DicomDataset> ItemsWithCharacterSet { get; } = [];

        // Text was encoded as UTF-8, so the data set must say so where it names a character set.
        public void Finish(DicomDataset root)
        {
            if (!SawNonAscii)
            {
                return;
            }
            root.SetString(CoreTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
            foreach (var item in ItemsWithCharacterSet)
            {
                item.SetString(CoreTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
            }
        }
    }
}
