using System;
using System.Collections.Generic;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Client;

/// <summary>Copies of blue-circle (2.9 MB each) with new SOP Instance UIDs, all in one new study, written to a temp folder.</summary>
internal sealed class BenchmarkStudy : IDisposable
{
    public BenchmarkStudy(int count)
    {
        Folder = Directory.CreateTempSubdirectory("dicomtyped-bench-study-").FullName;
        StudyInstanceUid = DicomUid.Generate();
        var series = DicomUid.Generate();
        var template = DicomFile.Open(SourceFile());
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var dataset = new DicomDataset(template.Dataset);
            dataset.SetUid(DicomTags.StudyInstanceUID, StudyInstanceUid);
            dataset.SetUid(DicomTags.SeriesInstanceUID, series);
            dataset.SetUid(DicomTags.SOPInstanceUID, DicomUid.Generate());
            var path = Path.Combine(Folder, $"{i:D4}.dcm");
            new DicomFile(dataset).Save(path);
            paths.Add(path);
        }
        Paths = paths;
    }

    public string Folder { get; }

    public string StudyInstanceUid { get; }

    public IReadOnlyList<string> Paths { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>tests/data/dcms/blue-circle.dcm, found by walking up from the benchmark's folder.</summary>
    public static string SourceFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "data", "dcms", "blue-circle.dcm");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("tests/data/dcms/blue-circle.dcm not found above " + AppContext.BaseDirectory);
    }
}
