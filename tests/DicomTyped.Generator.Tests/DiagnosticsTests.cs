using System.Linq;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>Every diagnostic of a faulty profile, with the line and column it points at (0-based in Roslyn, 1-based in the messages here).</summary>
public sealed class DiagnosticsTests
{
    private const string Header = "profile Bad\ntitle Bad server\nlimit 1..10 default 5\noffset yes\nincludeall no\n";

    private static (string Id, int Line, int Column)[] Diagnose(string profile, bool withDictionary = true)
    {
        var texts = withDictionary
            ? new[] { GeneratorHarness.Dictionary(), GeneratorHarness.Text("/p/bad.profile", profile) }
            : new[] { GeneratorHarness.Text("/p/bad.profile", profile) };
        var (_, diagnostics, _) = GeneratorHarness.Run(texts);
        return diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1)).ToArray();
    }

    [Fact]
    public void Malformed_line_DTY0001() =>
        Assert.Equal([("DTY0001", 7, 1)], Diagnose(Header + "[study]\nPatientName\n"));

    [Fact]
    public void Unknown_keyword_DTY0002() =>
        Assert.Equal([("DTY0002", 7, 1)], Diagnose(Header + "[study]\nPatientNam   studies   exact   default\n"));

    [Fact]
    public void Matching_kind_that_does_not_fit_the_vr_DTY0003()
    {
        var found = Diagnose(Header + "[study]\nStudyDate   studies   exact,fuzzy   default\n");
        Assert.Equal("DTY0003", Assert.Single(found).Id);
        Assert.Equal(7, found[0].Line);
    }

    [Fact]
    public void Route_that_cannot_search_the_level_DTY0004() =>
        Assert.Equal([("DTY0004", 7, 17)], Diagnose(Header + "[instance]\nSOPInstanceUID  studies   exact   default\n"));

    [Fact]
    public void Attribute_listed_twice_DTY0005() =>
        Assert.Equal([("DTY0005", 8, 1)], Diagnose(Header + "[study]\nPatientID  studies  exact  default\nPatientID  studies  exact  default\n"));

    [Fact]
    public void Missing_dictionary_DTY0006() =>
        Assert.Equal("DTY0006", Assert.Single(Diagnose(Header, withDictionary: false)).Id);

    [Fact]
    public void Missing_dictionary_names_the_profile_and_how_the_dictionary_reaches_the_generator_DTY0006()
    {
        var (_, diagnostics, run) = GeneratorHarness.Run([GeneratorHarness.Text("/p/bad.profile", Header + "[study]\nPatientID  studies  exact  default\n")]);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/p/bad.profile", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "Profile 'Bad' has no data dictionary to resolve its attributes against: no AdditionalFile named dicom-dictionary.tsv " +
            "reached the generator (the DicomTyped packages add their own unless DicomTypedDictionary is set empty)",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Faulty_line_is_left_out_and_the_rest_still_generates()
    {
        var (_, diagnostics, run) = GeneratorHarness.Run([GeneratorHarness.Dictionary(),
            GeneratorHarness.Text("/p/bad.profile", Header + "[study]\nNope  studies  exact  default\nPatientID  studies  exact  default\n")]);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        var studies = run.Results.Single().GeneratedSources.Single(s => s.HintName == "Bad.StudiesQuery.g.cs").SourceText.ToString();
        Assert.Contains("PatientID(string value)", studies);
        Assert.DoesNotContain("Nope", studies);
    }
}
