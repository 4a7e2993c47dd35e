using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace DicomTyped.Generator.Tests.Analyzers;

/// <summary>The string-keyed SearchAsync: DTY0012 on a key the profile does not search there, DTY0013 where it can be typed.</summary>
public sealed class StringKeyedSearchTests
{
    [Fact]
    public Task Key_not_searchable_on_the_route_is_a_warning_with_the_typed_text_DTY0012() =>
        Verify("client.SearchAsync<StudyMatch>(\"studies\", [new({|#0:\"SOPInstanceUID\"|}, \"1.2\")], ct)",
            Warning("SOPInstanceUID is not searchable on /studies in profile AzureDicomV2; it is searchable on /instances, /studies/{study}/instances, /studies/{study}/series/{series}/instances"));

    [Fact]
    public Task Misspelt_key_suggests_the_keyword_DTY0012() =>
        Verify("client.SearchAsync<StudyMatch>(\"studies\", [new({|#0:\"PatientNme\"|}, \"DOE\")], ct)",
            Warning("PatientNme is not an attribute keyword of the data dictionary or of profile AzureDicomV2, nor a member of the /studies query; did you mean PatientName?"));

    [Fact]
    public Task Tag_key_is_read_as_its_keyword_DTY0012() =>
        Verify("client.SearchAsync<StudyMatch>(\"studies\", [new({|#0:\"00080018\"|}, \"1.2\")], ct)",
            Warning("SOPInstanceUID is not searchable on /studies in profile AzureDicomV2; it is searchable on /instances, /studies/{study}/instances, /studies/{study}/series/{series}/instances"));

    [Fact]
    public Task Study_key_on_an_interpolated_study_series_route_says_the_path_fixes_the_study_DTY0012() =>
        Verify("client.SearchAsync<SeriesMatch>($\"studies/{study}/series\", [new({|#0:\"PatientID\"|}, \"P1\")], ct)",
            Warning("PatientID is a study attribute, but /studies/{study}/series in profile AzureDicomV2 searches series attributes within the study of its path; it is searchable on /studies, /series, /instances"));

    [Fact]
    public Task Unknown_includefield_value_is_a_warning_DTY0012() =>
        Verify("client.SearchAsync<StudyMatch>(\"studies\", [new(\"includefield\", {|#0:\"StudyDescripton\"|})], ct)",
            Warning("StudyDescripton is not an attribute keyword of the data dictionary or of profile AzureDicomV2, nor a member of the /studies query; did you mean StudyDescription?"));

    [Fact]
    public Task Searchable_keys_offer_the_typed_builder_DTY0013() =>
        Verify("client.{|#0:SearchAsync<StudyMatch>|}(\"studies\", [new(\"PatientID\", \"P1\"), new(\"limit\", \"10\")], ct)",
            new DiagnosticResult("DTY0013", DiagnosticSeverity.Info).WithLocation(0).WithMessage("This search can use the typed builder AzureDicomV2.Qido.Studies()"));

    [Fact]
    public Task Key_passed_as_a_variable_is_not_judged() =>
        Verify("client.SearchAsync<StudyMatch>(\"studies\", [new(key, \"P1\")], ct)");

    private static DiagnosticResult Warning(string message) =>
        new DiagnosticResult("DTY0012", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(message);

    private static async Task Verify(string call, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<StringKeyedSearchAnalyzer, DefaultVerifier> { TestCode = Source(call) };
        var references = test.ReferenceAssemblies;
        AnalyzerTestSetup.Apply(test.TestState, ref references);
        test.ReferenceAssemblies = references;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    internal static string Source(string call) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using DicomTyped.Client;
        using DicomTyped.Profiles.AzureDicomV2;

        public static class Use
        {
            public static async Task M(DicomWebClient client, string study, string key, CancellationToken ct)
            {
                await {{call}};
            }
        }

        """;
}
