using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary><c>dicomweb dump</c> on local files; it needs no service.</summary>
public sealed class DumpTests
{
    private static string Sample(string name) => Path.Combine(Paths.Dcms, name);

    [Fact]
    public async Task Text_has_a_dcmdump_style_line_per_element()
    {
        var result = await Dicomweb.RunAsync(["dump", Sample("blue-circle.dcm")]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var patientName = Dicomweb.Lines(result.StandardOutput).Single(l => l.StartsWith("(0010,0010)", StringComparison.Ordinal));
        Assert.Matches(@"^\(0010,0010\) PN \[Anony Mous\] +#   10, 1 PatientName$", patientName);
    }

    [Fact]
    public async Task Text_names_the_transfer_syntax_of_the_data_set()
    {
        var result = await Dicomweb.RunAsync(["dump", Sample("blue-circle.dcm")]);
        Assert.Contains("# Used TransferSyntax: Explicit VR Little Endian (1.2.840.10008.1.2.1)", result.StandardOutput);
    }

    [Fact]
    public async Task Json_prints_the_data_set_as_dicom_json()
    {
        var result = await Dicomweb.RunAsync(["dump", Sample("blue-circle.dcm"), "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("PN", json.RootElement.GetProperty("00100010").GetProperty("vr").GetString());
        Assert.Equal("Anony Mous", json.RootElement.GetProperty("00100010").GetProperty("Value")[0].GetProperty("Alphabetic").GetString());
    }

    [Fact]
    public async Task Sequence_items_are_indented_under_their_sequence()
    {
        var result = await Dicomweb.RunAsync(["dump", Path.Combine(Paths.Dcms, "extra", "case1_008_MR_ImplicitVRLE_sequences.dcm")]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = Dicomweb.Lines(result.StandardOutput);
        var sequence = Array.FindIndex(lines, l => l.Contains(" SQ (sequence, ", StringComparison.Ordinal));
        Assert.True(sequence >= 0, result.StandardOutput);
        Assert.StartsWith("  (fffe,e000) na (Item #1)", lines[sequence + 1]);
        Assert.StartsWith("    (", lines[sequence + 2]);
    }

    [Fact]
    public async Task A_fault_the_reader_reads_through_is_a_warning_on_stderr_and_exit_code_0()
    {
        // blue-circle with its meta group length (0002,0000), the UL at byte 140, set to 999.
        var bytes = await File.ReadAllBytesAsync(Sample("blue-circle.dcm"));
        BitConverter.GetBytes(999u).CopyTo(bytes, 140);
        var path = Path.Combine(Path.GetTempPath(), $"dicomweb-dump-{Guid.NewGuid():N}.dcm");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var result = await Dicomweb.RunAsync(["dump", path]);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.StartsWith($"dicomweb: warning: {Path.GetFileName(path)}: The file meta information group length (0002,0000) says 999 bytes", result.StandardError);
            Assert.Contains("PatientName", result.StandardOutput);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_dicom_exits_1_with_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicomweb-dump-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "not a DICOM file");
        try
        {
            var result = await Dicomweb.RunAsync(["dump", path]);
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("dicomweb: Not a DICOM file", Assert.Single(Dicomweb.Lines(result.StandardError)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_file_exits_1_naming_it()
    {
        var result = await Dicomweb.RunAsync(["dump", "/nonexistent/file.dcm"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: /nonexistent/file.dcm does not exist.", result.StandardError.Trim());
    }
}
