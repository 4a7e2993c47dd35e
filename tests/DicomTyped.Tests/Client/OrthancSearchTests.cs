using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Xunit;
using Orthanc = DicomTyped.Profiles.Orthanc;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Search against a real Orthanc 1.10, which does not percent-decode QIDO values: names with a space or non-ASCII
/// letters are still found through the orthanc profile (wildcard form plus client filter); and the profile's facts
/// that were corrected after checking them live.
/// </summary>
[Collection(OrthancCollection.Name)]
public sealed class OrthancSearchTests(OrthancProcess orthanc)
{
    private static CancellationToken Ct => CancellationToken.None;

    private const string OBrien = "O Brien^Pat";
    private const string Mueller = "Müller^Jörg";
    private const string Decoy = "OXBrien^Pat"; // what the wildcard form O*Brien^Pat also matches on the server

    /// <summary>Stores one study per patient name (UTF-8, ISO_IR 192), written by our own DICOM core; returns the study UIDs by name.</summary>
    private async Task<Dictionary<string, string>> StoreStudiesAsync(DicomWebClient client, params string[] names)
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var template = DicomFile.Open(TestData.Dcm("blue-circle.dcm")).Dataset;
        var studies = new Dictionary<string, string>();
        var files = new List<DicomFile>();
        foreach (var name in names)
        {
            var dataset = new DicomDataset(template);
            dataset.SetString(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
            dataset.SetString(DicomTags.PatientName, DicomVR.PN, name);
            dataset.SetString(DicomTags.SeriesDescription, DicomVR.LO, "Series of " + name);
            studies[name] = DicomUid.Generate();
            dataset.SetUid(DicomTags.StudyInstanceUID, studies[name]);
            dataset.SetUid(DicomTags.SeriesInstanceUID, DicomUid.Generate());
            dataset.SetUid(DicomTags.SOPInstanceUID, DicomUid.Generate());
            files.Add(new DicomFile(dataset));
        }
        var stored = await client.StoreInstancesAsync(files, cancellationToken: Ct);
        Assert.Equal(names.Length, stored.Stored.Count);
        return studies;
    }

    [SkippableFact]
    public async Task A_name_with_a_space_is_found_and_only_that_name()
    {
        using var client = DicomWebClient.Create(orthanc.BaseAddress);
        var studies = await StoreStudiesAsync(client, OBrien, Mueller, Decoy);

        var page = await client.SearchAsync(Orthanc.Qido.Studies().PatientName(OBrien), Ct);

        Assert.Equal([studies[OBrien]], page.Items.Select(m => m.StudyInstanceUID));
        Assert.Equal(2, page.ReceivedCount); // the server's wider match held the decoy too
    }

    [SkippableFact]
    public async Task A_name_with_non_ascii_letters_is_found()
    {
        using var client = DicomWebClient.Create(orthanc.BaseAddress);
        var studies = await StoreStudiesAsync(client, OBrien, Mueller, Decoy);

        var page = await client.SearchAsync(Orthanc.Qido.Studies().PatientName(Mueller), Ct);

        var match = Assert.Single(page.Items);
        Assert.Equal(studies[Mueller], match.StudyInstanceUID);
        Assert.Equal(Mueller, match.PatientName?.ToString());
    }

    [SkippableFact]
    public async Task A_name_with_a_comma_is_found()
    {
        using var client = DicomWebClient.Create(orthanc.BaseAddress);
        var studies = await StoreStudiesAsync(client, "DOE,JOHN", "DOE^JOHN");

        var page = await client.SearchAsync(Orthanc.Qido.Studies().PatientName("DOE,JOHN"), Ct);

        Assert.Equal([studies["DOE,JOHN"]], page.Items.Select(m => m.StudyInstanceUID));
    }

    [SkippableFact]
    public async Task Paging_advances_by_what_the_server_sent_not_by_what_the_filter_kept()
    {
        using var client = DicomWebClient.Create(orthanc.BaseAddress);
        var studies = await StoreStudiesAsync(client, Decoy, OBrien, Decoy + "X", "O-Brien^Pat");

        var all = new List<string?>();
        await foreach (var match in client.SearchAllAsync(Orthanc.Qido.Studies().PatientName(OBrien).Limit(1), Ct))
        {
            all.Add(match.StudyInstanceUID);
        }

        Assert.Equal([studies[OBrien]], all);
    }

    [SkippableFact]
    public async Task Orthanc_returns_series_description_without_being_asked()
    {
        using var client = DicomWebClient.Create(orthanc.BaseAddress);
        var studies = await StoreStudiesAsync(client, OBrien);

        var series = Assert.Single((await client.SearchAsync(Orthanc.Qido.StudySeries(studies[OBrien]), Ct)).Items);

        Assert.Equal("Series of " + OBrien, series.SeriesDescription);
    }

    [SkippableFact]
    public async Task Orthanc_returns_the_related_counts_without_being_asked()
    {
        using var client = DicomWebClient.Create(orthanc.BaseAddress);
        await StoreStudiesAsync(client, OBrien);

        var study = Assert.Single((await client.SearchAsync(Orthanc.Qido.Studies(), Ct)).Items);
        var series = Assert.Single((await client.SearchAsync(Orthanc.Qido.Series(), Ct)).Items);

        Assert.Equal((1, 1), (study.NumberOfStudyRelatedSeries, study.NumberOfStudyRelatedInstances));
        Assert.Equal(1, series.NumberOfSeriesRelatedInstances);
    }
}
