using System.Linq;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>What the generated API refuses at compile time, and that a consumer's own profile compiles cleanly.</summary>
public sealed class CompileTests
{
    private static string[] Errors(params string[] body)
    {
        var source = "using DicomTyped.Profiles.AzureDicomV2;\nusing Contoso.Mini;\npublic static class Use\n{\n    public static object M() => " + string.Join("", body) + ";\n}\n";
        var (output, generatorDiagnostics, _) = GeneratorHarness.Run(
            [GeneratorHarness.Dictionary(), GeneratorHarness.FileText(GeneratorHarness.TestProfilePath("mini.profile"))], source);
        Assert.Empty(generatorDiagnostics);
        // Generated code must be clean under warnings-as-errors, documentation warnings (CS1591) included.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".g.cs") == true));
        return output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToArray();
    }

    [Fact]
    public void Correct_use_compiles() =>
        Assert.Empty(Errors("DicomTyped.Profiles.AzureDicomV2.Qido.Studies().PatientNameFuzzy(\"doe\").StudyDateFrom(new System.DateOnly(2020, 1, 1)).Limit(10)"));

    [Fact]
    public void Non_searchable_attribute_is_CS1061() =>
        Assert.Equal(["CS1061"], Errors("DicomTyped.Profiles.AzureDicomV2.Qido.Studies().SOPInstanceUID(\"1.2\")"));

    [Fact]
    public void Attribute_of_a_level_the_route_cannot_search_is_CS1061() =>
        Assert.Equal(["CS1061"], Errors("DicomTyped.Profiles.AzureDicomV2.Qido.StudySeries(\"1.2\").PatientName(\"DOE\")"));

    [Fact]
    public void Wildcard_where_the_profile_has_none_is_CS1061() =>
        Assert.Equal(["CS1061"], Errors("DicomTyped.Profiles.AzureDicomV2.Qido.Studies().PatientNameWildcard(\"DOE*\")"));

    [Fact]
    public void Fuzzy_where_the_profile_has_none_is_CS1061() =>
        Assert.Equal(["CS1061"], Errors("DicomTyped.Profiles.AzureDicomV2.Qido.Studies().PatientIDFuzzy(\"ID\")"));

    [Fact]
    public void Wrong_value_type_is_CS1503() =>
        Assert.Equal(["CS1503"], Errors("DicomTyped.Profiles.AzureDicomV2.Qido.Studies().StudyDate(\"2020\")"));

    [Fact]
    public void Limit_and_includeall_exist_only_where_the_server_has_them()
    {
        Assert.Equal(["CS1061"], Errors("Contoso.Mini.Qido.Studies().Offset(10)"));
        Assert.Equal(["CS1061"], Errors("Contoso.Mini.Qido.Studies().IncludeAllFields()"));
    }

    [Fact]
    public void Includefield_takes_only_fields_of_the_route() =>
        Assert.Contains("CS0117", Errors("DicomTyped.Profiles.AzureDicomV2.Qido.Studies().IncludeField(DicomTyped.Profiles.AzureDicomV2.StudiesQuery.Field.Rows)"));

    [Fact]
    public void Consumer_profile_compiles_with_docs_and_all_its_methods()
    {
        Assert.Empty(Errors(
            "Contoso.Mini.Qido.SeriesInstances(\"1.2\", \"1.3\").AcmeScannerModeWildcard(\"FAST*\").SliceThickness(1.5m).SOPInstanceUID(\"1.2.4\").Limit(50)",
            " ?? (object)Contoso.Mini.Qido.Series().Modality(Contoso.Mini.ModalityTerm._12_LEAD).AcquisitionDateTimeBetween(System.DateTimeOffset.MinValue, System.DateTimeOffset.MaxValue)",
            " ?? (object)Contoso.Mini.Qido.Studies().StudyInstanceUIDIn(\"1.2\", \"1.3\").PatientNameFuzzy(\"do\").PatientNameWildcard(\"D*\").StudyTime(new System.TimeOnly(1, 2))",
            " ?? (object)Contoso.Mini.InstanceMetadata.ReadArray(default).Count"));
    }
}
