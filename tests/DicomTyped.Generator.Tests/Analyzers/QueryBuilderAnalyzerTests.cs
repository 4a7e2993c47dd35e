using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace DicomTyped.Generator.Tests.Analyzers;

/// <summary>
/// The analyzer's explanation beside the compiler's CS1061 on a member a generated builder lacks, checked by Roslyn's
/// analyzer test framework (exact span, id and text; any unexpected diagnostic fails).
/// </summary>
public sealed class QueryBuilderAnalyzerTests
{
    [Fact]
    public Task Instance_attribute_on_studies_names_the_routes_that_search_it_DTY0008() =>
        Verify("Qido.Studies().{|#0:SOPInstanceUID|}(\"1.2\")", "DTY0008",
            "SOPInstanceUID is not searchable on /studies in profile AzureDicomV2; it is searchable on /instances, /studies/{study}/instances, /studies/{study}/series/{series}/instances");

    [Fact]
    public Task Returned_only_attribute_says_no_route_searches_it_DTY0008() =>
        Verify("Qido.Studies().{|#0:StudyTime|}(default)", "DTY0008",
            "StudyTime is not searchable on /studies in profile AzureDicomV2; the profile searches it on no route, only returns it (ask for it with IncludeField)");

    [Fact]
    public Task Study_attribute_on_the_study_series_route_says_the_path_fixes_the_study_DTY0009() =>
        Verify("Qido.StudySeries(\"1.2.3\").{|#0:PatientName|}(\"DOE\")", "DTY0009",
            "PatientName is a study attribute, but /studies/{study}/series in profile AzureDicomV2 searches series attributes within the study of its path; it is searchable on /studies, /series, /instances");

    [Fact]
    public Task Wildcard_on_a_server_without_wildcards_lists_the_matching_it_has_DTY0010() =>
        Verify("Qido.Studies().{|#0:PatientNameWildcard|}(\"DOE*\")", "DTY0010",
            "Microsoft Azure DICOM service, API v2 has no wildcard matching (profile AzureDicomV2); PatientName matches with PatientName (single value), PatientNameFuzzy (fuzzy)");

    [Fact]
    public Task Fuzzy_on_an_attribute_without_it_names_the_attribute_DTY0010() =>
        Verify("Qido.Studies().{|#0:PatientIDFuzzy|}(\"ID\")", "DTY0010",
            "Microsoft Azure DICOM service, API v2 has no fuzzy matching of PatientID on /studies (profile AzureDicomV2); PatientID matches with PatientID (single value)");

    [Fact]
    public Task Misspelt_keyword_suggests_the_builder_member_DTY0011() =>
        Verify("Qido.Studies().{|#0:PatientNme|}(\"DOE\")", "DTY0011",
            "PatientNme is not an attribute keyword of the data dictionary or of profile AzureDicomV2, nor a member of the /studies query; did you mean PatientName?");

    [Fact]
    public Task Name_far_from_any_keyword_has_no_suggestion_DTY0011() =>
        Verify("Qido.Studies().{|#0:Frobnicate|}()", "DTY0011",
            "Frobnicate is not an attribute keyword of the data dictionary or of profile AzureDicomV2, nor a member of the /studies query");

    [Fact]
    public Task Without_the_dictionary_file_the_keywords_come_from_DicomTags() =>
        Verify("Qido.Studies().{|#0:SOPInstanceUID|}(\"1.2\")", "DTY0008",
            "SOPInstanceUID is not searchable on /studies in profile AzureDicomV2; it is searchable on /instances, /studies/{study}/instances, /studies/{study}/series/{series}/instances",
            withDictionary: false);

    [Fact]
    public async Task A_member_that_exists_with_a_wrong_argument_is_left_to_the_compiler()
    {
        var test = NewTest("Qido.Studies().StudyDate({|#0:\"2020\"|})", withDictionary: true);
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS1503").WithLocation(0).WithArguments("1", "string", "System.DateOnly"));
        await test.RunAsync(CancellationToken.None);
    }

    private static async Task Verify(string expression, string id, string message, bool withDictionary = true)
    {
        var test = NewTest(expression, withDictionary);
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS1061").WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(0).WithMessage(message));
        await test.RunAsync(CancellationToken.None);
    }

    private static CSharpAnalyzerTest<QueryBuilderAnalyzer, DefaultVerifier> NewTest(string expression, bool withDictionary)
    {
        var test = new CSharpAnalyzerTest<QueryBuilderAnalyzer, DefaultVerifier>
        {
            TestCode = "using DicomTyped.Profiles.AzureDicomV2;\n\npublic static class Use\n{\n    public static object M() =>\n        " + expression + ";\n}\n",
            // CS1061 comes with its arguments; the test is about the analyzer's text, not the compiler's.
            CompilerDiagnostics = CompilerDiagnostics.Errors,
        };
        var references = test.ReferenceAssemblies;
        AnalyzerTestSetup.Apply(test.TestState, ref references, withDictionary);
        test.ReferenceAssemblies = references;
        return test;
    }
}
