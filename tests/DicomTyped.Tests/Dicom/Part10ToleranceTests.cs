using System;
using System.IO;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// One bad element does not lose a file (issue 8 §1). Each input in tests/data/cases was read with pydicom 2.3.1
/// (<c>/usr/bin/python3 -c "import pydicom; print(pydicom.dcmread(path))"</c>) and DCMTK 3.6.7 (<c>dcmdump</c>); each test
/// says what they read. Where they disagree, the expected reading is the one that keeps the most of the file.
/// By default the reader reads through and warns; <see cref="DicomReadOptions.Strict"/> throws.
/// </summary>
public class Part10ToleranceTests
{
    private static readonly DicomReadOptions Strict = new() { Strict = true };

    internal static string Case(string name) => Path.Combine(TestData.Root, "cases", name);

    private static DicomFile ReadCase(string name, DicomReadOptions? options = null) => DicomFile.Open(Case(name), options);

    // pydicom: warns "Expected explicit VR, but found implicit VR - using implicit VR for reading" and reads all 7
    // elements (PatientName Probe^Alpha, PatientID SYN-001). DCMTK: "Non-standard VR" at (0008,0016), then stops with
    // "premature end of stream" and no data set. Expected: pydicom's reading, with a warning.
    [Fact]
    public void A_data_set_in_implicit_vr_under_an_explicit_vr_header_is_read_as_implicit_vr_with_a_warning()
    {
        using var file = ReadCase("mismatch.dcm");

        Assert.Equal("Probe^Alpha", file.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal("SYN-001", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal(7, file.Dataset.Count);
        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, file.TransferSyntax);
        var warning = Assert.Single(file.Warnings);
        Assert.Contains("implicit VR", warning.Problem);
        Assert.Equal(new DicomTag(0x00080016), warning.Tag);
    }

    [Fact]
    public void A_data_set_in_implicit_vr_under_an_explicit_vr_header_throws_when_strict()
    {
        var error = Assert.Throws<DicomParseException>(() => ReadCase("mismatch.dcm", Strict));
        Assert.Contains("implicit VR", error.Message);
    }

    // The reverse (beyond pydicom's own case): a header that says implicit VR over explicit data. pydicom 2.3.1 reads
    // it as explicit VR with the same warning; read so here too.
    [Fact]
    public void A_data_set_in_explicit_vr_under_an_implicit_vr_header_is_read_as_explicit_vr()
    {
        var bytes = DicomBytes.File("1.2.840.10008.1.2").Text(0x0008, 0x0060, "CS", "OT").Text(0x0010, 0x0020, "LO", "SYN-010 ").ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Equal("SYN-010", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal(DicomVR.LO, file.Dataset.GetElement(DicomTags.PatientID).VR);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Contains("explicit VR", Assert.Single(file.Warnings).Problem);
    }

    // pydicom: PatientName 'Größe^Zoë' as PN (it replaces UN with the dictionary VR and decodes with ISO_IR 192).
    // DCMTK: (0010,0010) UN 47\72\c3\b6... (bytes only). Expected: pydicom's, which keeps the value and its meaning.
    [Fact]
    public void A_public_tag_stored_as_un_is_decoded_with_the_dictionary_vr_and_the_character_set()
    {
        using var file = ReadCase("pn-as-un.dcm");

        Assert.Equal(DicomVR.UN, file.Dataset.GetElement(DicomTags.PatientName).VR);
        Assert.Equal("Größe^Zoë", file.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal("Zoë", file.Dataset.GetPersonName(DicomTags.PatientName)!.GivenName);
        Assert.Equal("SYN-001", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void A_public_tag_stored_as_un_is_written_to_dicom_json_with_the_dictionary_vr()
    {
        using var file = ReadCase("pn-as-un.dcm");

        var json = Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(file.Dataset));

        Assert.Contains("\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Größe^Zoë\"}]}", json);
    }

    [Fact]
    public void A_binary_public_tag_stored_as_un_gives_its_numbers()
    {
        // Rows (0028,0010) US 512 stored as UN, as a system that did not know the tag forwards it.
        var bytes = DicomBytes.File().LongHeader(0x0028, 0x0010, "UN", 2).Raw(0x00, 0x02).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Equal(512, file.Dataset.GetValue<int>(DicomTags.Rows));
        Assert.Contains("\"00280010\":{\"vr\":\"US\",\"Value\":[512]}", Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(file.Dataset)));
    }

    // Beyond the case: ISO_IR 100 (Latin-1) rather than UTF-8. pydicom 2.3.1 reads 'Müller^Jörg' as PN.
    [Fact]
    public void A_public_tag_stored_as_un_is_decoded_with_a_latin_1_character_set()
    {
        var name = Encoding.Latin1.GetBytes("Müller^Jörg ");
        var bytes = DicomBytes.File().Text(0x0008, 0x0005, "CS", "ISO_IR 100").LongHeader(0x0010, 0x0010, "UN", (uint)name.Length).Raw(name).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Equal("Müller^Jörg", file.Dataset.GetString(DicomTags.PatientName));
    }

    // Beyond the case: the UN element sits in a sequence item, whose character set is its data set's (PS3.5 6.1.2.5.4).
    // pydicom 2.3.1 writes it to JSON as PN "Müller^Jörg" too.
    [Fact]
    public void A_public_tag_stored_as_un_in_a_sequence_item_is_written_to_dicom_json_with_the_data_sets_character_set()
    {
        var name = Encoding.Latin1.GetBytes("Müller^Jörg ");
        var bytes = DicomBytes.File().Text(0x0008, 0x0005, "CS", "ISO_IR 100").LongHeader(0x0008, 0x1120, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF)
            .LongHeader(0x0010, 0x0010, "UN", (uint)name.Length).Raw(name).ItemEnd().SequenceEnd().ToArray();

        var json = Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(DicomFile.Read(bytes).Dataset));

        Assert.Contains("\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Müller^Jörg\"}]}", json);
    }

    // pydicom: (0008,1140) SQ with one item, ReferencedSOPInstanceUID 1.2.826.0.1.3680043.8.498.99.4 (it replaces UN
    // with the dictionary's SQ and reads the items in implicit VR). DCMTK: (0008,1140) UN, 46 bytes. Both keep every
    // element. Expected: pydicom's, which keeps the items' meaning; the element keeps VR UN as read, like an undefined-length UN.
    [Fact]
    public void A_public_sequence_tag_stored_as_un_is_read_as_its_items()
    {
        using var file = ReadCase("sequence-as-un.dcm");

        var sequence = file.Dataset.GetSequence(new DicomTag(0x00081140));
        Assert.NotNull(sequence);
        Assert.Equal("1.2.826.0.1.3680043.8.498.99.4", Assert.Single(sequence.Items).GetUid(new DicomTag(0x00081155)));
        Assert.Equal("SYN-007", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void A_public_sequence_tag_stored_as_un_is_written_to_dicom_json_as_sq()
    {
        using var file = ReadCase("sequence-as-un.dcm");

        var json = Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(file.Dataset));

        Assert.Contains("\"00081140\":{\"vr\":\"SQ\",\"Value\":[{\"00081155\":{\"vr\":\"UI\",\"Value\":[\"1.2.826.0.1.3680043.8.498.99.4\"]}}]}", json);
    }

    // Beyond the case: items in explicit VR under UN break PS3.5 6.2.2; read as implicit they would be garbage, so the
    // bytes stay UN (DCMTK's reading) and the file reads on.
    [Fact]
    public void A_public_sequence_tag_stored_as_un_with_explicit_vr_items_stays_bytes()
    {
        var bytes = DicomBytes.File().LongHeader(0x0008, 0x1140, "UN", 24).Item(16).Text(0x0008, 0x1155, "UI", "1.2.3.4\0")
            .Text(0x0010, 0x0020, "LO", "SYN-041 ").ToArray();

        var file = DicomFile.Read(bytes);

        Assert.IsNotType<DicomSequence>(file.Dataset.GetElement(new DicomTag(0x00081140)));
        Assert.Equal(24, file.Dataset.GetElement(new DicomTag(0x00081140)).Length);
        Assert.Equal("SYN-041", file.Dataset.GetString(DicomTags.PatientID));
    }

    // pydicom: keeps (0010,0021) as a raw element with VR 'XX', length 4 (read as a 16-bit length), value b'HOSP', and
    // reads (0010,0030) DA 20000101 after it; it raises NotImplementedError only when the element itself is accessed.
    // DCMTK: "Non-standard VR 'XX'", assumes a 32-bit length, finds 1347637064 bytes and loses the rest of the file.
    // Expected: pydicom's reading (it keeps every element), the unknown value kept as UN.
    [Fact]
    public void A_vr_code_that_is_not_a_vr_is_kept_as_un_and_the_elements_after_it_are_read()
    {
        using var file = ReadCase("vr-not-a-vr.dcm");

        var kept = file.Dataset.GetElement(new DicomTag(0x00100021));
        Assert.Equal(DicomVR.UN, kept.VR);
        Assert.Equal("HOSP"u8.ToArray(), kept.Value.ToArray());
        Assert.Equal(new DateOnly(2000, 1, 1), file.Dataset.GetDate(DicomTags.PatientBirthDate));
        Assert.Equal("Probe^Beta", file.Dataset.GetString(DicomTags.PatientName));
        var warning = Assert.Single(file.Warnings);
        Assert.Equal(new DicomTag(0x00100021), warning.Tag);
        Assert.Contains("0x5858", warning.Problem);
        Assert.Equal(374, warning.Offset);
    }

    [Fact]
    public void A_vr_code_that_is_not_a_vr_throws_when_strict()
    {
        var error = Assert.Throws<DicomParseException>(() => ReadCase("vr-not-a-vr.dcm", Strict));
        Assert.Equal(new DicomTag(0x00100021), error.Tag);
        Assert.Contains("Invalid VR bytes 0x5858", error.Message);
    }

    [Fact]
    public void A_vr_code_that_is_not_a_vr_inside_a_sequence_item_is_kept_as_un()
    {
        var bytes = DicomBytes.File().LongHeader(0x0008, 0x1140, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF)
            .Text(0x0008, 0x1150, "UI", "1.2").Tag(0x0008, 0x1155).Raw(0x00, 0x00).Raw(4, 0).Raw("1.23"u8.ToArray())
            .ItemEnd().SequenceEnd().Text(0x0010, 0x0020, "LO", "SYN-011 ").ToArray();

        var file = DicomFile.Read(bytes);

        var item = Assert.Single(file.Dataset.GetSequence(new DicomTag(0x00081140))!.Items);
        Assert.Equal(DicomVR.UN, item.GetElement(new DicomTag(0x00081155)).VR);
        Assert.Equal("SYN-011", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal(new DicomTag(0x00081155), Assert.Single(file.Warnings).Tag);
    }

    // pydicom: (0008,1140) SQ "<Sequence, length 1>" holding one empty item made of the 8 bytes, then PatientName
    // Probe^Gamma and PatientID SYN-003. DCMTK: "Parse error in sequence (0008,1140), found (4f4e,4954)", no data set.
    // Expected: every element read (as pydicom), the sequence's 8 bytes kept as UN rather than turned into an empty item.
    [Fact]
    public void A_sequence_whose_value_is_not_items_is_kept_as_un_and_the_file_read_on()
    {
        using var file = ReadCase("sequence-not-items.dcm");

        var kept = file.Dataset.GetElement(new DicomTag(0x00081140));
        Assert.IsNotType<DicomSequence>(kept);
        Assert.Equal(DicomVR.UN, kept.VR);
        Assert.Equal("NOTITEMS"u8.ToArray(), kept.Value.ToArray());
        Assert.Equal("Probe^Gamma", file.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal("SYN-003", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal(new DicomTag(0x00081140), Assert.Single(file.Warnings).Tag);
    }

    [Fact]
    public void A_sequence_whose_value_is_not_items_throws_when_strict()
    {
        Assert.Throws<DicomParseException>(() => ReadCase("sequence-not-items.dcm", Strict));
    }

    // pydicom: all 5 data set elements, the 7 bytes ignored silently. DCMTK: "Non-standard VR '  ' (00\00)" at
    // (0000,0000), then "premature end of stream". Expected: pydicom's reading, with a warning.
    [Fact]
    public void Trailing_padding_after_the_last_element_is_ignored_with_a_warning()
    {
        using var file = ReadCase("trailing-padding.dcm");

        Assert.Equal(5, file.Dataset.Count);
        Assert.Equal("SYN-004", file.Dataset.GetString(DicomTags.PatientID));
        var warning = Assert.Single(file.Warnings);
        Assert.Contains("7 bytes", warning.Problem);
        Assert.Equal(new FileInfo(Case("trailing-padding.dcm")).Length - 7, warning.Offset);
    }

    [Fact]
    public void Zeros_longer_than_a_header_after_the_last_element_are_trailing_padding_too()
    {
        var bytes = DicomBytes.File().Text(0x0010, 0x0020, "LO", "SYN-012 ").Raw(new byte[4096]).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Equal("SYN-012", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal(1, file.Dataset.Count);
        Assert.Contains("4096 bytes", Assert.Single(file.Warnings).Problem);
    }

    [Fact]
    public void Trailing_padding_throws_when_strict()
    {
        Assert.Throws<DicomTruncatedException>(() => ReadCase("trailing-padding.dcm", Strict));
    }

    // pydicom: reads the file meta group and the data set alike, silently. DCMTK: warns "No Group Length available in
    // Meta Information Header" and reads everything. Expected: everything, with DCMTK's warning (strict too: the
    // group length has never been needed to read the group).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_missing_meta_group_length_is_read_through_with_a_warning(bool strict)
    {
        using var file = ReadCase("meta-without-group-length.dcm", new DicomReadOptions { Strict = strict });

        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("SYN-005", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal(CoreTagsFileMetaInformationGroupLength, Assert.Single(file.Warnings).Tag);
    }

    // pydicom: reads it all, silently (group length 88, the group has 114 bytes). DCMTK: "Group Length of Meta
    // Information Header has incorrect value", reads everything. Expected: everything, with the warning.
    [Fact]
    public void A_wrong_meta_group_length_is_read_through_with_a_warning()
    {
        using var file = ReadCase("meta-wrong-group-length.dcm");

        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("Probe^Zeta", file.Dataset.GetString(DicomTags.PatientName));
        Assert.Contains("says 88 bytes but the group has 114", Assert.Single(file.Warnings).Problem);
    }

    [Fact]
    public void A_well_formed_file_has_no_warnings()
    {
        using var file = DicomFile.Open(TestData.Dcm("blue-circle.dcm"));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Faults_that_no_reading_gets_past_still_throw_by_default()
    {
        var pastItsItem = DicomBytes.File().LongHeader(0x0008, 0x1140, "SQ", 16).Item(40).Text(0x0008, 0x1150, "UI", "1.2").Raw(new byte[40]).ToArray();
        var undefinedText = DicomBytes.File().LongHeader(0x0018, 0x0015, "UT", 0xFFFFFFFF).Raw(new byte[8]).ToArray();

        Assert.Throws<DicomParseException>(() => DicomFile.Read(pastItsItem));
        Assert.Contains("Undefined length", Assert.Throws<DicomParseException>(() => DicomFile.Read(undefinedText)).Message);
    }

    private static readonly DicomTag CoreTagsFileMetaInformationGroupLength = new(0x00020000);
}
