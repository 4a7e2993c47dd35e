using System;
using System.Net;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Tests.Retrieve;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>
/// The sloppy files of tests/data/cases stored through the server: what the core reads (issue 8 §1), the server
/// stores, indexes and returns with the same values.
/// </summary>
public sealed class RealWorldCaseTests
{
    [Fact]
    public async Task A_name_stored_as_un_is_returned_in_metadata_as_pn_and_is_searchable()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        Assert.Empty((await client.StoreInstancesAsync([TestPaths.Data("cases", "pn-as-un.dcm")])).Failed);

        using var metadata = await RetrieveHttp.GetAsync(server.Http, "studies/1.2.826.0.1.3680043.8.498.77.1/metadata", "application/dicom+json");
        var json = await metadata.Content.ReadAsStringAsync();
        Assert.Contains("\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Größe^Zoë\"}]}", json, StringComparison.Ordinal);

        using var search = await server.Http.GetAsync("studies?PatientName=" + Uri.EscapeDataString("Größe^Zoë"));
        Assert.True(search.StatusCode == HttpStatusCode.OK, await search.Content.ReadAsStringAsync());
        Assert.Contains("1.2.826.0.1.3680043.8.498.77.1", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_implicit_vr_data_set_under_an_explicit_header_is_stored_and_searchable()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        Assert.Empty((await client.StoreInstancesAsync([TestPaths.Data("cases", "mismatch.dcm")])).Failed);

        using var search = await server.Http.GetAsync("studies?PatientID=SYN-001&includefield=PatientName");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("Probe^Alpha", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_implicit_vr_data_set_under_an_explicit_header_is_returned_in_metadata_with_its_values()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var path = TestPaths.Data("cases", "mismatch.dcm");
        Assert.Empty((await client.StoreInstancesAsync([path])).Failed);
        string study;
        using (var file = DicomFile.Open(path))
        {
            study = file.Dataset.GetUid(DicomTags.StudyInstanceUID)!;
        }

        using var metadata = await RetrieveHttp.GetAsync(server.Http, $"studies/{study}/metadata", "application/dicom+json");
        var json = await metadata.Content.ReadAsStringAsync();
        Assert.True(metadata.StatusCode == HttpStatusCode.OK, json);
        Assert.Contains("\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Probe^Alpha\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("\"00100020\":{\"vr\":\"LO\",\"Value\":[\"SYN-001\"]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_study_whose_study_time_has_seven_fraction_digits_is_stored_and_still_found()
    {
        // The kind of qido-page-one-bad-time on the server's side: one device's bad TM must not hide its study.
        await using var server = await ServerFixture.StartAsync();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        dataset.Set(new DicomElement(DicomTags.StudyTime, DicomVR.TM, "101530.1234567"u8.ToArray()));
        using var store = await server.Http.SendAsync(TestInstances.StoreRequest("studies",
            TestInstances.Multipart([("application/dicom", TestInstances.Part10(dataset))])));
        Assert.True(store.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, await store.Content.ReadAsStringAsync());

        using var search = await server.Http.GetAsync("studies?includefield=all");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("\"1.2.3\"", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
