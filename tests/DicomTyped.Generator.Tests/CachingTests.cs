using System.Linq;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>Editing C# that has nothing to do with the spec files must not re-run any generator step.</summary>
public sealed class CachingTests
{
    private static readonly string[] s_trackedSteps =
    [
        DicomTypedGenerator.TrackingNames.Dictionary, DicomTypedGenerator.TrackingNames.Options,
        DicomTypedGenerator.TrackingNames.ProfileDocuments, DicomTypedGenerator.TrackingNames.Profiles,
    ];

    [Fact]
    public void Unrelated_edit_reruns_nothing()
    {
        var compilation = GeneratorHarness.Compilation("public static class A { }");
        var driver = GeneratorHarness.CreateDriver(
        [
            GeneratorHarness.Dictionary(),
            GeneratorHarness.FileText(GeneratorHarness.TestProfilePath("mini.profile")),
            GeneratorHarness.FileText(GeneratorHarness.SpecPath("profiles", "azure-dicom-v2.profile")),
        ]);
        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        Assert.NotEmpty(first.GeneratedSources);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class B { }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult().Results.Single();

        foreach (var name in s_trackedSteps)
        {
            Assert.True(second.TrackedSteps.TryGetValue(name, out var steps), $"step {name} is not tracked");
            foreach (var step in steps)
            {
                Assert.All(step.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name} output was {output.Reason}"));
            }
        }
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()), second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void Editing_one_profile_reruns_only_that_profile()
    {
        var compilation = GeneratorHarness.Compilation("public static class A { }");
        var mini = GeneratorHarness.FileText(GeneratorHarness.TestProfilePath("mini.profile"));
        var azure = GeneratorHarness.FileText(GeneratorHarness.SpecPath("profiles", "azure-dicom-v2.profile"));
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.Dictionary(), mini, azure]).RunGenerators(compilation);
        var changed = GeneratorHarness.Text(mini.Path, mini.GetText()!.ToString().Replace("Mini test server", "Mini test server 2"));
        driver = driver.ReplaceAdditionalText(mini, changed).RunGenerators(compilation);
        var documents = driver.GetRunResult().Results.Single().TrackedSteps[DicomTypedGenerator.TrackingNames.ProfileDocuments];
        var reasons = documents.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(IncrementalStepRunReason.Cached, reasons);
    }
}
