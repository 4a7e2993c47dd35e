using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests.Peers;

/// <summary><c>dicomweb dump</c> lists the same elements with the same VRs, in the same order and nesting, as DCMTK's dcmdump.</summary>
public sealed partial class DumpAgainstDcmdumpTests
{
    [SkippableTheory]
    [InlineData("blue-circle.dcm")]
    [InlineData("extra/case1_008_MR_ImplicitVRLE_sequences.dcm")]
    public async Task Elements_and_vrs_equal_dcmdump(string file)
    {
        var dcmdump = TestSupport.Peers.Require("dcmdump", "apt-get install dcmtk");
        var path = Path.Combine(Paths.Dcms, file);
        var theirs = await ProcessRunner.RunAsync(dcmdump, [path], Dicomweb.Timeout);
        Assert.True(theirs.ExitCode == 0, theirs.ToString());
        var ours = await Dicomweb.RunAsync(["dump", path]);
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Equal(Elements(theirs.StandardOutput), Elements(ours.StandardOutput));
    }

    // Indentation, tag and VR of each element line; item and delimiter lines (group fffe) differ in wording and are left out.
    // dcmdump writes ?? for the VR of an implicit-VR element it has no dictionary entry for, which the core reads as UN.
    private static string[] Elements(string dump) =>
        Dicomweb.Lines(dump).Select(l => ElementLine().Match(l)).Where(m => m.Success && m.Groups["group"].Value != "fffe")
            .Select(m => m.Groups["indent"].Value.Length / 2 + " " + m.Groups["tag"].Value + " " + (m.Groups["vr"].Value == "??" ? "UN" : m.Groups["vr"].Value)).ToArray();

    [GeneratedRegex(@"^(?<indent> *)(?<tag>\((?<group>[0-9a-f]{4}),[0-9a-f]{4}\)) (?<vr>[A-Z]{2}|\?\?) ")]
    private static partial Regex ElementLine();
}
