using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace DicomTyped.Generator.Tests.Analyzers;

/// <summary>DTY0013's fix, before and after: the same search through the typed builder, which then compiles cleanly.</summary>
public sealed class StringKeyedSearchCodeFixTests
{
    [Fact]
    public Task Keyword_keys_limit_and_includefield_become_builder_calls() =>
        Verify(
            "client.{|#0:SearchAsync<StudyMatch>|}(\"studies\", [new(\"PatientID\", \"P1\"), new(\"limit\", \"10\"), new(\"includefield\", \"StudyTime\")], ct)",
            "client.SearchAsync(Qido.Studies().PatientID(\"P1\").Limit(10).IncludeField(StudiesQuery.Field.StudyTime), ct)");

    [Fact]
    public Task Interpolated_route_and_a_tag_key_become_the_study_series_builder() =>
        Verify(
            "client.{|#0:SearchAllAsync<SeriesMatch>|}($\"studies/{study}/series\", [new(\"00080060\", \"CT\")], ct)",
            "client.SearchAllAsync(Qido.StudySeries(study).Modality(\"CT\"), ct)",
            awaitForeach: true);

    private static async Task Verify(string before, string after, bool awaitForeach = false)
    {
        var test = new CSharpCodeFixTest<StringKeyedSearchAnalyzer, StringKeyedSearchCodeFix, DefaultVerifier>
        {
            TestCode = Source(before, awaitForeach),
            FixedCode = Source(after, awaitForeach),
        };
        var references = test.ReferenceAssemblies;
        AnalyzerTestSetup.Apply(test.TestState, ref references);
        AnalyzerTestSetup.Apply(test.FixedState, ref references);
        test.ReferenceAssemblies = references;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("DTY0013", DiagnosticSeverity.Info).WithLocation(0));
        await test.RunAsync(CancellationToken.None);
    }

    private static string Source(string call, bool awaitForeach) => awaitForeach
        ? $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using DicomTyped.Client;
            using DicomTyped.Profiles.AzureDicomV2;

            public static class Use
            {
                public static async Task M(DicomWebClient client, string study, CancellationToken ct)
                {
                    await foreach (var match in {{call}})
                    {
                    }
                }
            }

            """
        : StringKeyedSearchTests.Source(call).Replace("string study, string key, ", "");
}
