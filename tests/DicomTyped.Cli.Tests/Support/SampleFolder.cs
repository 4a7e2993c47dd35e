using System;
using System.IO;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>A temporary folder holding copies of the walk-through's three samples (in two subfolders), removed on dispose.</summary>
internal sealed class SampleFolder : IDisposable
{
    public const string Study = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420";
    public const string SeriesOfGreenAndRed = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652";
    public const string Blue = "1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114";
    public const string Green = "1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212";
    public const string Red = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395";

    public SampleFolder()
    {
        Path = Directory.CreateTempSubdirectory("dicomweb-store-test-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "a"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "b"));
        File.Copy(System.IO.Path.Combine(Paths.Dcms, "blue-circle.dcm"), System.IO.Path.Combine(Path, "a", "blue-circle.dcm"));
        File.Copy(System.IO.Path.Combine(Paths.Dcms, "green-square.dcm"), System.IO.Path.Combine(Path, "b", "green-square.dcm"));
        File.Copy(System.IO.Path.Combine(Paths.Dcms, "red-triangle.dcm"), System.IO.Path.Combine(Path, "b", "red-triangle.dcm"));
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A fresh empty folder beside the samples' (for outputs and manifests), removed with them.</summary>
    public string Scratch(string name)
    {
        var scratch = System.IO.Path.Combine(System.IO.Path.GetTempPath(), System.IO.Path.GetFileName(Path) + "-" + name);
        Directory.CreateDirectory(scratch);
        _scratch.Add(scratch);
        return scratch;
    }

    private readonly System.Collections.Generic.List<string> _scratch = [];

    public void Dispose()
    {
        foreach (var folder in (string[])[Path, .. _scratch])
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
