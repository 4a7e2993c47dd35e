using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Tests.Support;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;
using Orthanc = DicomTyped.Profiles.Orthanc;

namespace DicomTyped.Tests.Dicom.Json;

/// <summary>The DICOM JSON cases of tests/data/cases (see its README.txt), each with the reading its README states.</summary>
public sealed class DicomJsonCaseTests
{
    private static readonly DicomTag StudyTime = new(0x00080030);
    private static readonly DicomTag PatientID = new(0x00100020);

    private static byte[] Case(string path) => File.ReadAllBytes(Path.Combine(TestData.Root, "cases", path));

    [Fact]
    public void A_page_with_one_bad_study_time_returns_all_three_matches()
    {
        var matches = AzureV2.StudyMatch.ReadArray(Case("qido-page-one-bad-time/search-response.json"));
        Assert.Equal(
            ["1.2.826.0.1.3680043.8.498.77.81", "1.2.826.0.1.3680043.8.498.77.82", "1.2.826.0.1.3680043.8.498.77.83"],
            matches.Select(m => m.StudyInstanceUID));
        Assert.All(matches, m => Assert.Equal("Synthetic^Patient", m.PatientName!.ToString()));
    }

    [Fact]
    public void The_good_study_times_are_typed()
    {
        var matches = AzureV2.StudyMatch.ReadArray(Case("qido-page-one-bad-time/search-response.json"));
        Assert.Equal(new TimeOnly(9, 30), matches[0].StudyTime);
        Assert.Equal(new TimeOnly(12, 0, 0, 500), matches[2].StudyTime);
        Assert.Empty(matches[0].Warnings);
        Assert.Empty(matches[2].Warnings);
    }

    [Fact]
    public void The_bad_study_time_is_null_kept_as_text_and_reported_on_its_match()
    {
        var match = AzureV2.StudyMatch.ReadArray(Case("qido-page-one-bad-time/search-response.json"))[1];
        Assert.Null(match.StudyTime);
        Assert.Equal("101530.1234567", match.OtherAttributes.GetString(StudyTime));
        Assert.Equal(DicomVR.TM, match.OtherAttributes[StudyTime]!.VR);
        var warning = Assert.Single(match.Warnings);
        Assert.Equal(StudyTime, warning.Tag);
        Assert.Equal("101530.1234567", warning.Value);
        Assert.Contains("TM", warning.Problem, StringComparison.Ordinal);
        Assert.Contains("StudyTime", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_set_reader_keeps_the_bad_study_time_as_text()
    {
        var datasets = DicomJsonReader.ReadDatasets(Case("qido-page-one-bad-time/search-response.json"));
        Assert.Equal(3, datasets.Count);
        Assert.Equal("101530.1234567", datasets[1].GetString(StudyTime));
    }

    [Fact]
    public async Task The_streamed_data_set_reader_keeps_the_bad_study_time_as_text_and_reads_every_match()
    {
        var stream = new ChunkedStream(Case("qido-page-one-bad-time/search-response.json"), 1, 7);
        var studyTimes = new List<string?>();
        await foreach (var dataset in DicomJsonReader.ReadDatasetsAsync(stream, CancellationToken.None))
        {
            studyTimes.Add(dataset.GetString(StudyTime));
        }
        Assert.Equal(3, studyTimes.Count);
        Assert.Equal("101530.1234567", studyTimes[1]);
    }

    [Fact]
    public void An_empty_vr_is_the_dictionary_vr_for_the_data_set_reader()
    {
        var dataset = Assert.Single(DicomJsonReader.ReadDatasets(Case("json-empty-vr/empty-vr.json")));
        Assert.Equal("SYN-022", dataset.GetString(PatientID));
        Assert.Equal(DicomVR.LO, dataset.GetElement(PatientID).VR);
    }

    [Fact]
    public async Task An_empty_vr_is_the_dictionary_vr_for_the_streamed_data_set_reader()
    {
        var stream = new ChunkedStream(Case("json-empty-vr/empty-vr.json"), 1, 7);
        var count = 0;
        await foreach (var dataset in DicomJsonReader.ReadDatasetsAsync(stream, CancellationToken.None))
        {
            Assert.Equal("SYN-022", dataset.GetString(PatientID));
            count++;
        }
        Assert.Equal(1, count);
    }

    [Fact]
    public void An_empty_vr_is_the_dictionary_vr_for_every_generated_record()
    {
        var body = Case("json-empty-vr/empty-vr.json");
        Assert.Equal("SYN-022", Assert.Single(AzureV2.StudyMatch.ReadArray(body)).PatientID);
        Assert.Equal("SYN-022", Assert.Single(AzureV2.SeriesMatch.ReadArray(body)).PatientID);
        Assert.Equal("SYN-022", Assert.Single(AzureV2.InstanceMatch.ReadArray(body)).PatientID);
        Assert.Equal("SYN-022", Assert.Single(AzureV2.InstanceMetadata.ReadArray(body)).PatientID);
        Assert.Equal("SYN-022", Assert.Single(Orthanc.StudyMatch.ReadArray(body)).PatientID);
    }

    [Fact]
    public void An_empty_vr_on_an_attribute_a_record_keeps_raw_gets_the_dictionary_vr()
    {
        // Sequence items are kept raw: the same rule gives CodeValue (0008,0100) its dictionary VR, SH.
        var body = """[{"00081032":{"vr":"SQ","Value":[{"00080100":{"vr":"","Value":["P1"]}}]}}]"""u8;
        var item = Assert.Single(Assert.Single(AzureV2.StudyMatch.ReadArray(body)).ProcedureCodeSequence!);
        var codeValue = item[new DicomTag(0x00080100)]!;
        Assert.Equal(DicomVR.SH, codeValue.VR);
        Assert.Equal(["P1"], codeValue.GetStrings());
    }
}
