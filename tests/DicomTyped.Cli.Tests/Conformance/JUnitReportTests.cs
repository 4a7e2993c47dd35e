using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace DicomTyped.Cli.Tests.Conformance;

/// <summary>One run of <c>dicomweb conformance --report FILE --format junit</c> against the embedded server.</summary>
public sealed class JUnitConformanceFixture : IAsyncLifetime
{
    internal ConformanceRun Run { get; private set; } = null!;

    public async Task InitializeAsync() => Run = await ConformanceRun.StartAsync("junit");

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class JUnitReportTests(JUnitConformanceFixture fixture) : IClassFixture<JUnitConformanceFixture>
{
    [Fact]
    public void Is_well_formed_xml_with_one_testcase_per_printed_check()
    {
        var document = XDocument.Parse(fixture.Run.Report);
        var cases = document.Descendants("testcase").Select(c => (string)c.Attribute("name")!).ToList();
        var printed = fixture.Run.Process.StandardOutput.Split('\n')
            .Where(line => line.StartsWith("pass ") || line.StartsWith("fail ") || line.StartsWith("not-supported "))
            .Select(line => line.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[1])
            .ToList();
        Assert.NotEmpty(cases);
        Assert.Equal(printed, cases);
    }

    [Fact]
    public void Counts_its_tests_and_failures_on_the_suite()
    {
        var suite = XDocument.Parse(fixture.Run.Report).Descendants("testsuite").Single();
        Assert.Equal(suite.Elements("testcase").Count(), (int)suite.Attribute("tests")!);
        Assert.Equal(suite.Elements("testcase").Count(c => c.Element("failure") is not null), (int)suite.Attribute("failures")!);
    }
}
