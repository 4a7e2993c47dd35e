using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DicomTyped.Package.Tests.Support;
using Xunit;

namespace DicomTyped.Package.Tests;

/// <summary>
/// Fresh projects that reference the packages from the run's local feed, as a user's would (Consumers/ holds their
/// sources): one with its own profile that compiles and searches the embedded server, and two whose build must fail
/// with the diagnostics that say why.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class ConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task A_consumer_with_its_own_profile_adds_its_extended_query_tag_and_finds_the_instance_with_its_typed_builders()
    {
        var consumer = ConsumerProject.Create(feed, "typed-search", ["DicomTyped", "DicomTyped.Server"]);
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());

        var run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var instance = Assert.Single(lines, l => l.StartsWith("stored ", System.StringComparison.Ordinal))["stored ".Length..];
        Assert.Single(lines, l => l.StartsWith("study ", System.StringComparison.Ordinal) && l.EndsWith(" Consumer^Package", System.StringComparison.Ordinal));
        Assert.Equal($"instance {instance} HELICAL", Assert.Single(lines, l => l.StartsWith("instance ", System.StringComparison.Ordinal)));
        Assert.Contains("request series?BodyPartExamined=CHEST", lines);
        Assert.Contains("operation Succeeded 100", lines);
        var series = Assert.Single(lines, l => l.StartsWith("series ", System.StringComparison.Ordinal));
        Assert.EndsWith(" CHEST", series);
    }

    [Fact]
    public async Task A_search_the_consumer_profile_does_not_allow_fails_to_compile_with_the_diagnostics_that_say_why()
    {
        var consumer = ConsumerProject.Create(feed, "not-searchable", ["DicomTyped"]);
        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        var errors = Errors(build);
        Assert.Contains(("DTY0004", "SOPClassUID is an attribute of the instance level and cannot be searched on the studies route"), errors);
        Assert.Contains(errors, e => e.Id == "CS1061" && e.Message.StartsWith("'StudiesQuery' does not contain a definition for 'SOPInstanceUID'", System.StringComparison.Ordinal));
        // The packaged analyzer says why, next to the bare CS1061.
        Assert.Contains(errors, e => e.Id == "DTY0008" && e.Message.StartsWith("SOPInstanceUID is not searchable on /studies in profile ", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_profile_with_no_dictionary_reachable_is_DTY0006()
    {
        var consumer = ConsumerProject.Create(feed, "no-dictionary", ["DicomTyped"], "\n    <DicomTypedDictionary></DicomTypedDictionary>");
        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(Errors(build), e => e.Id.StartsWith("DTY", System.StringComparison.Ordinal));
        Assert.Equal("DTY0006", error.Id);
        Assert.StartsWith("Profile 'AcmeArchive' has no data dictionary", error.Message);
    }

    /// <summary>The distinct errors of a build log: <c>file(line,col): error ID: message [project]</c>.</summary>
    private static (string Id, string Message)[] Errors(ProcessResult build) =>
        ErrorLine().Matches(build.StandardOutput + "\n" + build.StandardError)
            .Select(m => (m.Groups["id"].Value, m.Groups["message"].Value.Trim()))
            .Distinct()
            .ToArray();

    [GeneratedRegex(@": error (?<id>[A-Z]+[0-9]+): (?<message>.*?)(?: \[[^\]]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
