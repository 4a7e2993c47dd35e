using System;
using System.Collections.Generic;
using System.IO;
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
/// Every searchable line of spec/profiles/orthanc.profile checked against a real Orthanc 1.10: on every route the line
/// names, the stored value matches, a different value does not (so the server really filters on the key rather than
/// ignoring it), and a range from the value on matches where the line offers ranges.
/// </summary>
[Collection(OrthancCollection.Name)]
public sealed class OrthancProfileConformanceTests(OrthancProcess orthanc)
{
    private static CancellationToken Ct => CancellationToken.None;

    // A value for every searchable text, date, time and number attribute of the profile (UIDs come from the file).
    private static readonly Dictionary<string, string> Values = new()
    {
        ["PatientName"] = "ALL^ATTRS", ["PatientID"] = "PID7", ["PatientBirthDate"] = "19700315", ["PatientSex"] = "O",
        ["AccessionNumber"] = "ACC7", ["StudyDate"] = "20200922", ["StudyTime"] = "101500", ["StudyID"] = "SID7",
        ["StudyDescription"] = "SDESC7", ["ReferringPhysicianName"] = "REF^DOC", ["InstitutionName"] = "INST7",
        ["RequestedProcedureDescription"] = "RPD7", ["ModalitiesInStudy"] = "OT", ["Modality"] = "OT", ["SeriesNumber"] = "5",
        ["SeriesDate"] = "20200923", ["SeriesTime"] = "111500", ["SeriesDescription"] = "SERDESC7", ["BodyPartExamined"] = "KNEE",
        ["ProtocolName"] = "PROT7", ["Manufacturer"] = "MANU7", ["StationName"] = "STAT7", ["OperatorsName"] = "OPER^X",
        ["PerformedProcedureStepDescription"] = "PPSD7", ["InstanceNumber"] = "9", ["AcquisitionNumber"] = "4",
        ["InstanceCreationDate"] = "20200924", ["InstanceCreationTime"] = "121500", ["ImageComments"] = "COMM7",
    };

    private sealed record Line(string Keyword, string[] Routes, bool Range);

    private static List<Line> SearchableLines()
    {
        var lines = new List<Line>();
        var inTable = false;
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "spec", "profiles", "orthanc.profile")))
        {
            var text = raw.Split('#')[0].Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (text.StartsWith('['))
            {
                inTable = text is "[study]" or "[series]" or "[instance]";
                continue;
            }
            var columns = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inTable && columns[1] != "-")
            {
                lines.Add(new Line(columns[0], columns[1].Split(','), columns[2].Split(',').Contains("range")));
            }
        }
        return lines;
    }

    private static string Different(string keyword, string value) =>
        keyword.EndsWith("UID", StringComparison.Ordinal) ? "1.2.3.4"
        : keyword.EndsWith("Date", StringComparison.Ordinal) ? "19000101"
        : keyword.EndsWith("Time", StringComparison.Ordinal) ? "000001"
        : int.TryParse(value, out _) ? "77"
        : "ZZZZ";

    [SkippableFact]
    public async Task Every_searchable_line_filters_on_every_route_it_names()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        using var client = DicomWebClient.Create(orthanc.BaseAddress);
        var dataset = new DicomDataset(DicomFile.Open(TestData.Dcm("blue-circle.dcm")).Dataset);
        foreach (var (keyword, value) in Values.Where(v => v.Key != "ModalitiesInStudy"))
        {
            Assert.True(DicomDictionary.TryGetEntry(keyword, out var entry), keyword);
            dataset.SetString(entry.Tag, entry.VR, value);
        }
        Assert.Single((await client.StoreInstancesAsync([new DicomFile(dataset)], cancellationToken: Ct)).Stored);
        var study = dataset.GetUid(DicomTags.StudyInstanceUID)!;
        var series = dataset.GetUid(DicomTags.SeriesInstanceUID)!;
        var values = new Dictionary<string, string>(Values)
        {
            ["StudyInstanceUID"] = study,
            ["SeriesInstanceUID"] = series,
            ["SOPInstanceUID"] = dataset.GetUid(DicomTags.SOPInstanceUID)!,
            ["SOPClassUID"] = dataset.GetUid(DicomTags.SOPClassUID)!,
        };

        var failures = new List<string>();
        var checkedRoutes = 0;
        foreach (var line in SearchableLines())
        {
            Assert.True(values.TryGetValue(line.Keyword, out var value), $"no test value for {line.Keyword}: add one");
            foreach (var route in line.Routes)
            {
                var path = route switch
                {
                    "studies" or "series" or "instances" => route,
                    "study-series" => $"studies/{study}/series",
                    "study-instances" => $"studies/{study}/instances",
                    _ => $"studies/{study}/series/{series}/instances",
                };
                async Task<int> CountAsync(string v) => (await client.SearchAsync<Orthanc.InstanceMatch>(path, [new(line.Keyword, v)], Ct)).Items.Count;
                var (hit, miss) = (await CountAsync(value!), await CountAsync(Different(line.Keyword, value!)));
                var range = line.Range ? await CountAsync(value + "-") : 1;
                if ((hit, miss, range) != (1, 0, 1))
                {
                    failures.Add($"{line.Keyword} on {route}: value {hit}, other value {miss}, range {range}");
                }
                checkedRoutes++;
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(checkedRoutes > 60, $"only {checkedRoutes} routes checked");
    }
}
