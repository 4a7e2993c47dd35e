using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>
/// Diagnostics checked through Roslyn's own test framework (Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing),
/// which fails on any diagnostic not listed and checks each span exactly. Offline: no reference pack is downloaded;
/// the test runtime's own assemblies are the references.
/// </summary>
public sealed class VerifierTests
{
    private const string Header = "profile Bad\ntitle Bad server\n";

    [Fact]
    public Task Unknown_keyword_is_reported_at_the_keyword() =>
        Verify(Header + "[study]\nPatientNam   studies   exact   default\n",
            new DiagnosticResult("DTY0002", DiagnosticSeverity.Error).WithSpan("/spec/bad.profile", 4, 1, 4, 11).WithArguments("PatientNam"));

    [Fact]
    public Task Fuzzy_match_on_a_date_is_reported_at_the_matching_column() =>
        Verify(Header + "[study]\nStudyDate   studies   exact,fuzzy   default\n",
            new DiagnosticResult("DTY0003", DiagnosticSeverity.Error).WithSpan("/spec/bad.profile", 4, 23, 4, 34).WithArguments("StudyDate", "DA", "fuzzy"));

    [Fact]
    public Task Route_above_the_attribute_level_is_reported_at_the_route() =>
        Verify(Header + "[series]\nModality   series,studies   exact   default\n",
            new DiagnosticResult("DTY0004", DiagnosticSeverity.Error).WithSpan("/spec/bad.profile", 4, 19, 4, 26).WithArguments("Modality", "series", "studies"));

    [Fact]
    public async Task Malformed_dictionary_line_is_reported_at_its_column_DTY0007()
    {
        var test = NewTest();
        test.TestState.AdditionalFiles.Add(("/spec/dicom-dictionary.tsv", "# comment\n00100010\tPN\t1\tPatientName\tPatient's Name\t\n0010002G\tLO\t1\tPatientID\tPatient ID\t\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("DTY0007", DiagnosticSeverity.Error).WithSpan("/spec/dicom-dictionary.tsv", 3, 1, 3, 9)
            .WithArguments("'0010002G' is not a tag: expected 8 hex digits, with x for repeating-group digits"));
        await test.RunAsync(CancellationToken.None);
    }

    private static async Task Verify(string profile, DiagnosticResult expected)
    {
        var test = NewTest();
        test.TestState.AdditionalFiles.Add(("/spec/dicom-dictionary.tsv", File.ReadAllText(GeneratorHarness.SpecPath("dictionary", "dicom-dictionary.tsv"))));
        test.TestState.AdditionalFiles.Add(("/spec/bad.profile", profile));
        test.ExpectedDiagnostics.Add(expected);
        await test.RunAsync(CancellationToken.None);
    }

    private static CSharpSourceGeneratorTest<DicomTypedGenerator, DefaultVerifier> NewTest()
    {
        var test = new CSharpSourceGeneratorTest<DicomTypedGenerator, DefaultVerifier>
        {
            // An empty reference set resolves no packages (nothing to download); the runtime's assemblies stand in.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.Sources.Add("namespace Consumer { internal static class Anchor { } }");
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        return test;
    }
}
