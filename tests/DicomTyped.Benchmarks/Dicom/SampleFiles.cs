using System;
using System.IO;

namespace DicomTyped.Benchmarks.Dicom;

/// <summary>Finds tests/data/dcms by walking up from the benchmark binary, so the project needs no copy of the samples.</summary>
internal static class SampleFiles
{
    public static string Directory { get; } = Find();

    public static string WalkThrough(string name) => Path.Combine(Directory, name);

    public static string[] All()
    {
        var files = new System.Collections.Generic.List<string>
        {
            WalkThrough("blue-circle.dcm"), WalkThrough("green-square.dcm"), WalkThrough("red-triangle.dcm"),
        };
        var extra = System.IO.Directory.GetFiles(Path.Combine(Directory, "extra"), "*.dcm");
        Array.Sort(extra, StringComparer.Ordinal);
        files.AddRange(extra);
        return files.ToArray();
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data", "dcms");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/data/dcms was not found above " + AppContext.BaseDirectory);
    }
}
