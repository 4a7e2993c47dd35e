using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using DicomTyped.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DicomTyped.Generator.Tests.Support;

/// <summary>
/// Drives the generator offline: references come from the test runtime's trusted platform assemblies and
/// DicomTyped.dll, spec files from the copies next to the test assembly.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static string SpecPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "spec", .. parts]);

    public static string TestProfilePath(string name) => Path.Combine(AppContext.BaseDirectory, "TestProfiles", name);

    public static AdditionalText Dictionary() => FileText(SpecPath("dictionary", "dicom-dictionary.tsv"));

    public static AdditionalText FileText(string path) => new InMemoryText(path, File.ReadAllText(path));

    public static AdditionalText Text(string path, string content) => new InMemoryText(path, content);

    public static IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, string rootNamespace = "Consumer") =>
        CSharpGeneratorDriver.Create(
            [new DicomTypedGenerator().AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            new OptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and returns the compilation with its output and every diagnostic (generator and compiler).</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Run) Run(
        IEnumerable<AdditionalText> additionalTexts, params string[] sources)
    {
        var driver = CreateDriver(additionalTexts).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out var diagnostics);
        return (output, diagnostics, driver.GetRunResult());
    }

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .ToList();
        paths.Add(typeof(DicomTyped.Dicom.DicomTag).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    private sealed class InMemoryText(string path, string content) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
