using System;
using System.IO;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Tests.Support;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;
using Orthanc = DicomTyped.Profiles.Orthanc;

namespace DicomTyped.Tests.Records;

/// <summary>The generated readers over DICOM JSON as the servers send it (tests/data/json).</summary>
public sealed class RecordReaderTests
{
    private static byte[] Json(string name) => File.ReadAllBytes(Path.Combine(TestData.Root, "json", name));

    [Fact]
    public void Azure_study_matches_read_typed_values()
    {
        var studies = AzureV2.StudyMatch.ReadArray(Json("azure-qido-studies.json"));
        Assert.Equal(2, studies.Count);
        var study = studies[0];
        Assert.Equal("1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420", study.StudyInstanceUID);
        Assert.Equal(new DateOnly(2020, 9, 22), study.StudyDate);
        Assert.Equal(new TimeOnly(12, 0), study.StudyTime);
        Assert.Equal("Anony Mous", study.PatientName!.Alphabetic!.FamilyName);
        Assert.Equal("Doctor Doc", study.ReferringPhysicianName!.ToString());
        Assert.Null(study.AccessionNumber);
        Assert.Null(study.PatientBirthDate);
        Assert.Equal(["OT"], study.ModalitiesInStudy!);
        Assert.Equal(["ISO_IR 192"], study.SpecificCharacterSet!);
        Assert.Equal(1.62m, study.PatientSize);
        Assert.Equal(58.5m, study.PatientWeight);
        Assert.Equal(3, study.NumberOfStudyRelatedInstances);
        var procedure = Assert.Single(study.ProcedureCodeSequence!);
        Assert.Equal("P1", procedure.GetString(new DicomTag(0x00080100)));
        Assert.Equal("Fake procedure", procedure.GetString(new DicomTag(0x00080104)));
        var privateAttribute = Assert.Single(study.OtherAttributes);
        Assert.Equal(new DicomTag(0x00091001), privateAttribute.Tag);
        Assert.Equal(DicomVR.LO, privateAttribute.VR);
        Assert.Equal(["private value"], privateAttribute.GetStrings());
    }

    [Fact]
    public void Person_name_groups_and_escaped_strings()
    {
        var study = AzureV2.StudyMatch.ReadArray(Json("azure-qido-studies.json"))[1];
        Assert.Equal("Yamada", study.PatientName!.Alphabetic!.FamilyName);
        Assert.Equal("山田", study.PatientName.Ideographic!.FamilyName);
        Assert.Equal("たろう", study.PatientName.Phonetic!.GivenName);
        Assert.Equal("Yamada^Tarou=山田^太郎=やまだ^たろう", study.PatientName.ToString());
        Assert.Equal(4, study.NumberOfStudyRelatedInstances);
        Assert.Equal("Chest \"PA\" \\ lateral", study.StudyDescription);
    }

    [Fact]
    public void Orthanc_metadata_reads_every_instance_and_keeps_the_rest()
    {
        var instances = Orthanc.InstanceMetadata.ReadArray(Json("orthanc-metadata.json"));
        Assert.Equal(3, instances.Count);
        Assert.Equal(["Fake DICOM - Blue Circle", "Fake DICOM - Green Square", "Fake DICOM - Red Triangle"],
            instances.Select(i => i.ImageComments));
        var red = instances[2];
        Assert.Equal("1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395", red.SOPInstanceUID);
        Assert.Equal(1, red.InstanceNumber);
        Assert.Equal(1, red.SeriesNumber);
        Assert.Equal(979, red.Rows);
        Assert.Equal(985, red.Columns);
        Assert.Equal("OT", red.Modality);
        Assert.Equal("F", red.PatientSex);

        var other = red.OtherAttributes;
        Assert.Equal(["DERIVED", "SECONDARY", "OTHER"], other.GetStrings(new DicomTag(0x00080008)));
        Assert.Equal(["1", null], other.GetStrings(new DicomTag(0x00280030)));
        Assert.Empty(other.GetStrings(new DicomTag(0x00281050)));
        var pixelData = other[new DicomTag(0x7FE00010)]!;
        Assert.Equal(DicomVR.OB, pixelData.VR);
        Assert.EndsWith("/bulk/7fe00010", pixelData.BulkDataUri);
        Assert.Equal("AQID", other[new DicomTag(0x00091002)]!.InlineBinary);
        var steps = other[new DicomTag(0x00400275)]!.GetItems();
        Assert.Equal(2, steps.Count);
        Assert.Equal("Step one", steps[0].GetString(new DicomTag(0x00400007)));
        Assert.Empty(steps[1]);
    }

    [Fact]
    public void Member_order_and_vr_mismatches_do_not_matter()
    {
        var json = """[{"00201208":{"Value":[" 7 "],"vr":"US"},"00100010":{"Value":["DOE^JOHN"],"vr":"PN"},"00101020":{"vr":"DS","Value":[1e0]}}]"""u8;
        var study = AzureV2.StudyMatch.ReadArray(json).Single();
        Assert.Equal(7, study.NumberOfStudyRelatedInstances);
        Assert.Equal("JOHN", study.PatientName!.GivenName);
        Assert.Equal(1m, study.PatientSize);
    }

    [Fact]
    public void Empty_body_is_no_matches() => Assert.Empty(AzureV2.StudyMatch.ReadArray(ReadOnlySpan<byte>.Empty));

    [Theory]
    [InlineData("""[{"00080020":{"vr":"DA","Value":["2020-09-22"]}}]""", 0x00080020u, "2020-09-22", "not a DA value")]
    [InlineData("""[{"00201208":{"vr":"IS","Value":["three"]}}]""", 0x00201208u, "three", "not a 32-bit integer")]
    [InlineData("""[{"00100010":{"vr":"PN","Value":[42]}}]""", 0x00100010u, "42", "not a person name object")]
    [InlineData("""[{"00081032":{"vr":"SQ","Value":["x"]}}]""", 0x00081032u, "x", "not a sequence item object")]
    [InlineData("""[{"00101020":{"vr":"DS","Value":[{}]}}]""", 0x00101020u, "{…}", "not a string or a number")]
    public void A_value_that_does_not_fit_is_null_and_reported(string json, uint tag, string value, string problem)
    {
        var study = AzureV2.StudyMatch.ReadArray(Encoding.UTF8.GetBytes(json)).Single();
        var warning = Assert.Single(study.Warnings);
        Assert.Equal(new DicomTag(tag), warning.Tag);
        Assert.Equal(value, warning.Value);
        Assert.Contains(problem, warning.Problem);
        Assert.True(study.OtherAttributes.Contains(new DicomTag(tag)), "the attribute is kept as sent");
    }

    [Fact]
    public void One_bad_value_in_a_multi_valued_attribute_makes_the_property_null()
    {
        var study = AzureV2.StudyMatch.ReadArray("""[{"00080061":{"vr":"CS","Value":["CT",{"x":1},"MR"]}}]"""u8).Single();
        Assert.Null(study.ModalitiesInStudy);
        Assert.Single(study.Warnings);
        var raw = study.OtherAttributes[new DicomTag(0x00080061)]!;
        Assert.Equal(["CT", "MR"], raw.GetStrings());
        Assert.Contains("{\"x\":1}", Encoding.UTF8.GetString(raw.RawJson.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"00080030":{"vr":"TM","Value":"120000"}}]""", 0x00080030u, "not an array")]
    [InlineData("""[{"00100010":{"vr":"PN","Value":[{"Alphabetic":5}]}}]""", 0x00100010u, "component group")]
    [InlineData("""[{"00100020":{"vr":"LO","Value":["\uD800"]}}]""", 0x00100020u, "lone surrogate")]
    public void Malformed_attributes_name_the_tag(string json, uint tag, string problem)
    {
        var ex = Assert.Throws<DicomJsonException>(() => AzureV2.StudyMatch.ReadArray(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(new DicomTag(tag), ex.Tag);
        Assert.Contains(problem, ex.Message);
        Assert.Contains(new DicomTag(tag).ToString(), ex.Message);
    }

    [Fact]
    public void Invalid_utf8_in_a_value_is_a_dicom_json_exception_naming_the_tag()
    {
        byte[] json = [.. """[{"00100020":{"vr":"LO","Value":["A"""u8, 0xC3, 0x28, .. "\"]}}]"u8];
        var ex = Assert.Throws<DicomJsonException>(() => AzureV2.StudyMatch.ReadArray(json));
        Assert.Equal(new DicomTag(0x00100020), ex.Tag);
    }

    [Theory]
    [InlineData("""{"0008002":{}}""")]
    [InlineData("""[{"00080020":"20200101"}]""")]
    [InlineData("""[{"00080020":{"vr":"DA","Value":["2020""")]
    public void Malformed_documents_are_dicom_json_exceptions(string json) =>
        Assert.Throws<DicomJsonException>(() => AzureV2.StudyMatch.ReadArray(Encoding.UTF8.GetBytes(json)));
}
