using System;
using System.IO;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// The reference reading of each bad input, live: pydicom 2.3.1 reads the same file, and the data set read here
/// holds the same top-level elements and the same PatientName and PatientID (see <see cref="Part10ToleranceTests"/>
/// for what DCMTK reads and why the readings kept are the ones that keep the most).
/// </summary>
public class Part10TolerancePeerTests
{
    private const string Pydicom = """
        import sys, warnings, pydicom
        warnings.simplefilter("ignore")
        ds = pydicom.dcmread(sys.argv[1])
        print(" ".join("%08X" % int(tag) for tag in ds.keys()))
        print(str(ds.get("PatientName", "")))
        print(str(ds.get("PatientID", "")))
        """;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(TestData.Root, "cases"), "*.dcm").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Each_case_reads_the_elements_and_names_pydicom_reads(string name)
    {
        var python = Peers.Require(Peers.DebianPython, "apt-get install python3-pydicom");
        var path = Part10ToleranceTests.Case(name);

        var peer = ExternalTool.Run(python, "-X", "utf8", "-c", Pydicom, path);
        using var file = DicomFile.Open(path);

        Assert.True(peer.ExitCode == 0, peer.Stderr);
        var lines = peer.Stdout.Split('\n');
        Assert.Equal(lines[0].Trim(), string.Join(" ", file.Dataset.Select(e => e.Tag.Value.ToString("X8", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(lines[1].Trim(), file.Dataset.GetString(DicomTags.PatientName) ?? "");
        Assert.Equal(lines[2].Trim(), file.Dataset.GetString(DicomTags.PatientID) ?? "");
    }
}
