using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Dicom.Json;

/// <summary>
/// Each rule of <see cref="DicomJsonRules"/> fed to both DICOM JSON readers with the same body: the data-set reader
/// (<see cref="DicomJsonReader"/>) and a generated record reader (Azure v2 <c>InstanceMetadata</c>, which types most
/// VRs). Each row names what pydicom 2.3.1 (<c>Dataset.from_json</c>, run on the same attribute) does with it.
/// </summary>
public sealed class DicomJsonRulesTests
{
    private const string Error = "error";

    public static TheoryData<string, string, uint, string, string> Rules() => new()
    {
        // rule, body, probed tag, what both readers give ("error", or the probe's text), what pydicom 2.3.1 does
        { "1 array", """[{"00100020":{"vr":"LO","Value":["SYN-1"]}}]""", 0x00100020, "1: SYN-1", "from_json takes one data set object; a list raises AttributeError" },
        { "1 single data set", """{"00100020":{"vr":"LO","Value":["SYN-1"]}}""", 0x00100020, "1: SYN-1", "reads it" },
        { "1 empty body", " \r\n", 0x00100020, "0", "json.loads raises on an empty body" },
        { "1 not a body", "\"x\"", 0x00100020, Error, "raises" },
        { "2 lower-case key", """[{"0020000d":{"vr":"UI","Value":["1.2.3"]}}]""", 0x0020000D, "1: 1.2.3", "reads it" },
        { "2 key of 7 digits", """[{"0010002":{"vr":"LO","Value":["x"]}}]""", 0x00100020, Error, "reads it as (0001,0002), silently" },
        { "2 repeated key", """[{"00100020":{"vr":"LO","Value":["a"]},"00100020":{"vr":"LO","Value":["b"]}}]""", 0x00100020, Error, "keeps the last (b) silently" },
        { "2 repeated raw key", """[{"00091001":{"vr":"LO","Value":["a"]},"00091001":{"vr":"LO","Value":["b"]}}]""", 0x00091001, Error, "keeps the last (b) silently" },
        { "3 vr after Value, unknown member", """[{"00100020":{"Value":["SYN-3"],"keyword":"PatientID","vr":"LO"}}]""", 0x00100020, "1: SYN-3", "reads it" },
        { "3 two value forms", """[{"00100020":{"vr":"LO","Value":["x"],"BulkDataURI":"http://127.0.0.1/x"}}]""", 0x00100020, Error, "keeps the BulkDataURI form, with a warning" },
        { "4 empty vr", """[{"00100020":{"vr":"","Value":["SYN-022"]}}]""", 0x00100020, "1: SYN-022", "reads it, with an empty VR" },
        { "4 missing vr", """[{"00100020":{"Value":["SYN-022"]}}]""", 0x00100020, "1: SYN-022", "raises KeyError 'vr'" },
        { "4 missing vr, unknown tag", """[{"00991000":{"Value":["x"]}}]""", 0x00991000, Error, "raises KeyError 'vr'" },
        { "4 not a VR", """[{"00100020":{"vr":"XX","Value":["x"]}}]""", 0x00100020, Error, "keeps VR XX" },
        { "4 vr not a string", """[{"00100020":{"vr":7,"Value":["x"]}}]""", 0x00100020, Error, "keeps VR 7" },
        { "5 Value null", """[{"00100020":{"vr":"LO","Value":null}}]""", 0x00100020, "1: ", "raises TypeError (must be a list)" },
        { "5 Value empty", """[{"00100020":{"vr":"LO","Value":[]}}]""", 0x00100020, "1: ", "reads an empty value" },
        { "5 no Value", """[{"00100020":{"vr":"LO"}}]""", 0x00100020, "1: ", "reads an empty value" },
        { "5 null entry", """[{"00080061":{"vr":"CS","Value":[null,"CT"]}}]""", 0x00080061, "1: \\CT", "reads [None, 'CT']" },
        { "6 null item", """[{"00081032":{"vr":"SQ","Value":[null,{"00080100":{"vr":"SH","Value":["P1"]}}]}}]""", 0x00081032, "1: items 2", "reads 2 items, the first empty" },
        { "7 DS as number", """[{"00101020":{"vr":"DS","Value":[1.62]}}]""", 0x00101020, "1: 1.62", "reads '1.62'" },
        { "7 DS as string", """[{"00101020":{"vr":"DS","Value":["1.62"]}}]""", 0x00101020, "1: 1.62", "reads '1.62'" },
        { "7 IS as padded string", """[{"00201208":{"vr":"IS","Value":[" 7 "]}}]""", 0x00201208, "1: 7", "reads '7'" },
        { "7 US as string", """[{"00280010":{"vr":"US","Value":["512"]}}]""", 0x00280010, "1: 512", "reads 512" },
        { "8 PN object", """[{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^John"}]}}]""", 0x00100010, "1: Doe^John", "reads it" },
        { "8 PN as DICOM text", """[{"00100010":{"vr":"PN","Value":["Doe^John"]}}]""", 0x00100010, "1: Doe^John", "reads it, with a warning" },
        { "9 lone surrogate", """[{"00100020":{"vr":"LO","Value":["\uD800"]}}]""", 0x00100020, Error, "keeps the lone surrogate ('\\ud800'); invalid UTF-8 raises UnicodeDecodeError" },
        { "10 TM of 7 fraction digits", """[{"00080030":{"vr":"TM","Value":["101530.1234567"]}}]""", 0x00080030, "1: 101530.1234567", "reads the text, with a warning" },
        { "10 DA with dashes", """[{"00080020":{"vr":"DA","Value":["2024-01-02"]}}]""", 0x00080020, "1: 2024-01-02", "reads the text, with a warning" },
        { "10 DA of one digit", """[{"00080020":{"vr":"DA","Value":["0"]}}]""", 0x00080020, "1: 0", "reads the text, with a warning" },
        { "10 TM 240000", """[{"00080030":{"vr":"TM","Value":["240000"]}}]""", 0x00080030, "1: 240000", "reads the text, with a warning" },
        { "10 IS not a number", """[{"00201208":{"vr":"IS","Value":["three"]}}]""", 0x00201208, "1: three", "raises ValueError" },
        { "10 DS not a number", """[{"00101020":{"vr":"DS","Value":["1,62"]}}]""", 0x00101020, "1: 1,62", "raises ValueError" },
        { "11 Value not an array", """[{"00100020":{"vr":"LO","Value":"x"}}]""", 0x00100020, Error, "raises TypeError" },
        { "11 attribute not an object", """[{"00100020":"x"}]""", 0x00100020, Error, "raises TypeError" },
        { "11 truncated", """[{"00100020":{"vr":"LO","Value":["x"]}""", 0x00100020, Error, "raises" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Both_readers_follow_the_rule(string rule, string body, uint tag, string expected, string pydicom)
    {
        Assert.False(string.IsNullOrEmpty(rule + pydicom));
        var utf8 = Encoding.UTF8.GetBytes(body);
        Assert.Equal(expected, Outcome(() => Describe(DicomJsonReader.ReadDatasets(utf8), tag)));
        Assert.Equal(expected, Outcome(() => Describe(AzureV2.InstanceMetadata.ReadArray(utf8), tag)));
        // Rule 10: where a value does not fit, the record says so; everywhere else it has no warning.
        if (expected != Error)
        {
            var warned = AzureV2.InstanceMetadata.ReadArray(utf8).SelectMany(r => r.Warnings).Select(w => w.Tag.Value);
            uint[] expectedWarnings = rule.StartsWith("10 ", StringComparison.Ordinal) ? [tag] : [];
            Assert.Equal(expectedWarnings, warned);
        }
    }

    [Fact]
    public void A_binary_value_that_is_not_its_number_is_an_error_for_data_sets_and_a_warning_for_records()
    {
        // Rule 10's one difference: a data set has no bytes to keep for US "ten"; a record keeps the text.
        // pydicom 2.3.1 raises ValueError (invalid literal for int()).
        var utf8 = """[{"00280010":{"vr":"US","Value":["ten"]}}]"""u8.ToArray();
        Assert.Equal(Error, Outcome(() => Describe(DicomJsonReader.ReadDatasets(utf8), 0x00280010)));
        Assert.Equal("1: ten", Outcome(() => Describe(AzureV2.InstanceMetadata.ReadArray(utf8), 0x00280010)));
    }

    private static string Outcome(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (DicomJsonException)
        {
            return Error;
        }
    }

    private static string Describe(IReadOnlyList<DicomDataset> datasets, uint tag) =>
        datasets.Count == 0 ? "0" : $"{datasets.Count}: {DatasetText(datasets[0], new DicomTag(tag))}";

    private static string Describe(IReadOnlyList<AzureV2.InstanceMetadata> records, uint tag) =>
        records.Count == 0 ? "0" : $"{records.Count}: {RecordText(records[0], new DicomTag(tag))}";

    private static string DatasetText(DicomDataset dataset, DicomTag tag)
    {
        if (dataset.GetSequence(tag) is { } sequence)
        {
            return $"items {sequence.Items.Count}";
        }
        if (tag.Value == 0x00280010)
        {
            return string.Join('\\', dataset.GetValues<ushort>(tag));
        }
        return string.Join('\\', dataset.GetStrings(tag));
    }

    // The typed property where the record has one; a value that did not fit is read back from OtherAttributes.
    private static string RecordText(AzureV2.InstanceMetadata record, DicomTag tag)
    {
        if (record.Warnings.Any(w => w.Tag == tag))
        {
            Assert.Null(Typed(record, tag));
            return string.Join('\\', record.OtherAttributes.GetStrings(tag));
        }
        Assert.Empty(record.Warnings);
        return Typed(record, tag) ?? string.Join('\\', record.OtherAttributes.GetStrings(tag));
    }

    private static string? Typed(AzureV2.InstanceMetadata r, DicomTag tag) => tag.Value switch
    {
        0x00100020 => r.PatientID ?? "",
        0x0020000D => r.StudyInstanceUID,
        0x00100010 => r.PatientName?.ToString() ?? "",
        0x00080061 => r.ModalitiesInStudy is { } m ? string.Join('\\', m) : "",
        0x00081032 => r.ProcedureCodeSequence is { } items ? $"items {items.Count}" : null,
        0x00101020 => r.PatientSize?.ToString(CultureInfo.InvariantCulture),
        0x00201208 => r.NumberOfStudyRelatedInstances?.ToString(CultureInfo.InvariantCulture),
        0x00280010 => r.Rows?.ToString(CultureInfo.InvariantCulture),
        0x00080030 => r.StudyTime?.ToString("HHmmss", CultureInfo.InvariantCulture),
        0x00080020 => r.StudyDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        _ => null,
    };
}
