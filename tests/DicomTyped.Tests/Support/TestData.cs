using System;
using System.IO;

namespace DicomTyped.Tests.Support;

/// <summary>Paths of the sample files copied next to the test assembly from tests/data.</summary>
internal static class TestData
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "data");

    public static string Dcm(string name) => Path.Combine(Root, "dcms", name);

    public static string Extra(string name) => Path.Combine(Root, "dcms", "extra", name);

    /// <summary>The three files of the Azure walk-through.</summary>
    public static readonly string[] WalkThroughFiles = ["blue-circle.dcm", "green-square.dcm", "red-triangle.dcm"];

    public static string[] AllSampleFiles()
    {
        var files = new System.Collections.Generic.List<string>();
        foreach (var name in WalkThroughFiles)
        {
            files.Add(Dcm(name));
        }
        files.AddRange(Directory.GetFiles(Path.Combine(Root, "dcms", "extra"), "*.dcm"));
        return files.ToArray();
    }
}
