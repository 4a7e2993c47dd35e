using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using DicomTyped.Generator.Tests.Support;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>
/// The profile examples in the documentation are real profiles: README.md's "write your own profile" block and the
/// format example in spec/README.md run through the generator without a diagnostic, and the members the README
/// promises next to its block exist in the generated code.
/// </summary>
public sealed class ReadmeProfileTests
{
    // A fenced block whose first non-comment statement is a `profile` line.
    private static readonly Regex ProfileBlock = new(
        "^```(?:text)?\n((?:#[^\n]*\n)*profile\\s.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

    [Fact]
    public void The_readme_profile_generates_without_diagnostics_and_with_the_members_it_names()
    {
        var profile = SingleProfileBlock(Path.Combine(AppContext.BaseDirectory, "README.md"));
        // The sentence under the block promises these members.
        const string uses = """
            namespace Consumer.Use;
            public static class Uses
            {
                public static object Study() => Consumer.DicomProfiles.AcmeArchive.Qido.Studies().PatientID("PAT-1");
                public static object Series() => Consumer.DicomProfiles.AcmeArchive.Qido.Series().BodyPartExamined("CHEST");
                public static object Field() => Consumer.DicomProfiles.AcmeArchive.InstancesQuery.Field.AcmeScannerMode;
                public static System.Type[] Records() => [typeof(Consumer.DicomProfiles.AcmeArchive.StudyMatch), typeof(Consumer.DicomProfiles.AcmeArchive.SeriesMatch), typeof(Consumer.DicomProfiles.AcmeArchive.InstanceMatch)];
            }
            """;
        var (output, generatorDiagnostics, _) = GeneratorHarness.Run(
            [GeneratorHarness.Dictionary(), GeneratorHarness.Text("acme.profile", profile)], uses);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_format_example_in_spec_readme_generates_without_diagnostics()
    {
        var profile = SingleProfileBlock(GeneratorHarness.SpecPath("README.md"));
        var (output, generatorDiagnostics, _) = GeneratorHarness.Run(
            [GeneratorHarness.Dictionary(), GeneratorHarness.Text("example.profile", profile)]);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(output.SyntaxTrees, t => t.ToString().Contains("PatientNameFuzzy", StringComparison.Ordinal));
    }

    private static string SingleProfileBlock(string markdownPath)
    {
        var blocks = ProfileBlock.Matches(File.ReadAllText(markdownPath).Replace("\r\n", "\n")).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count == 1, $"{markdownPath}: expected one profile block, found {blocks.Count}");
        return blocks[0];
    }
}
