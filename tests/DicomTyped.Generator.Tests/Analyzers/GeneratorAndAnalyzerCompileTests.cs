using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Analyzers;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DicomTyped.Generator.Tests.Analyzers;

/// <summary>
/// One compile as a consumer's build runs it: the generator turns the consumer's own profile (TestProfiles/mini.profile)
/// and the dictionary into builders, then the analyzer runs over the result; the DTY error stands beside CS1061 at the
/// same place.
/// </summary>
public sealed class GeneratorAndAnalyzerCompileTests
{
    [Fact]
    public async Task Consumer_profile_builder_gets_the_DTY_error_beside_CS1061()
    {
        const string source = "public static class Use\n{\n    public static object M() => Contoso.Mini.Qido.StudySeries(\"1.2\").SliceThickness(1.5m);\n}\n";
        var dictionary = GeneratorHarness.Dictionary();
        var (output, generatorDiagnostics, _) = GeneratorHarness.Run(
            [dictionary, GeneratorHarness.FileText(GeneratorHarness.TestProfilePath("mini.profile"))], source);
        Assert.Empty(generatorDiagnostics);

        var analyzed = output.WithAnalyzers(
            [new QueryBuilderAnalyzer()],
            new AnalyzerOptions(ImmutableArray.Create(dictionary)));
        var diagnostics = (await analyzed.GetAllDiagnosticsAsync(CancellationToken.None))
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();

        var compiler = Assert.Single(diagnostics, d => d.Id == "CS1061");
        var explained = Assert.Single(diagnostics, d => d.Id.StartsWith("DTY", System.StringComparison.Ordinal));
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(compiler.Location, explained.Location);
        Assert.Equal("DTY0008", explained.Id);
        Assert.Equal(
            "SliceThickness is not searchable on /studies/{study}/series in profile MiniProfile; it is searchable on /instances, /studies/{study}/series/{series}/instances",
            explained.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
