using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace DicomTyped.Cli.Conformance;

/// <summary>
/// Writes a report as JUnit XML, the form CI tools (GitHub Actions reporters, Azure Pipelines, GitLab, Jenkins) read:
/// one <c>testsuite</c> named after the profile, one <c>testcase</c> per check (classname the area, name the check's id),
/// a <c>failure</c> element with expected and actual for a failed check and <c>skipped</c> for a not-supported one. The
/// cleanup notes go to <c>system-out</c>.
/// </summary>
internal static class ConformanceJUnitReport
{
    public static void Write(ConformanceReport report, Stream stream)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", "dicomweb conformance");
        w.WriteAttributeString("tests", Count(report.Checks.Count));
        w.WriteAttributeString("failures", Count(report.Failed));
        w.WriteAttributeString("skipped", Count(report.NotSupported));
        w.WriteAttributeString("time", Seconds(report.Duration.TotalSeconds));
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", $"{report.Profile.FileName} at {report.Target}");
        w.WriteAttributeString("tests", Count(report.Checks.Count));
        w.WriteAttributeString("failures", Count(report.Failed));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", Count(report.NotSupported));
        w.WriteAttributeString("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        w.WriteAttributeString("time", Seconds(report.Duration.TotalSeconds));
        foreach (var check in report.Checks)
        {
            w.WriteStartElement("testcase");
            w.WriteAttributeString("classname", "conformance." + check.Area);
            w.WriteAttributeString("name", check.Id);
            w.WriteAttributeString("time", Seconds(check.Duration.TotalSeconds));
            switch (check.Outcome)
            {
                case CheckOutcome.Fail:
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("message", $"expected {check.Expected}; actual {check.Actual}");
                    w.WriteString($"{check.Title}\nexpected: {check.Expected}\nactual: {check.Actual}");
                    w.WriteEndElement();
                    break;
                case CheckOutcome.NotSupported:
                    w.WriteStartElement("skipped");
                    w.WriteAttributeString("message", "not supported: " + check.Detail);
                    w.WriteEndElement();
                    break;
                default:
                    w.WriteElementString("system-out", check.Detail);
                    break;
            }
            w.WriteEndElement();
        }
        w.WriteElementString("system-out", string.Join("\n", report.Cleanup.Select(n => $"cleanup: {n.Resource}: {(n.Removed ? "removed" : "NOT removed")}: {n.Detail}")));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
