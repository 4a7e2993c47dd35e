using System;
using System.Collections.Generic;
using System.Text.Json;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Client;

/// <summary>Reads a DICOM JSON array into raw attribute sets (until the DICOM JSON dataset reader is merged, the client's dataset form).</summary>
internal static class DicomJsonDataSets
{
    public static IReadOnlyList<DicomJsonAttributes> ReadArray(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return [];
        }
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new DicomJsonException(null, $"expected an array of data sets, found {reader.TokenType}");
            }
            var items = new List<DicomJsonAttributes>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(DicomJsonAttributes.ReadDataSet(ref reader));
            }
            return items;
        }
        catch (JsonException exception)
        {
            throw new DicomJsonException(null, exception.Message, exception);
        }
    }
}
