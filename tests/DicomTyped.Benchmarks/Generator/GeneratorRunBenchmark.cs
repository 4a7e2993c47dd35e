using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using DicomTyped.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DicomTyped.Benchmarks.Generator;

/// <summary>One cold generator run (new driver) over the whole PS3.6 dictionary and the three shipped profiles. Target: under 300 ms.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class GeneratorRunBenchmark
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText[] _texts = null!;
    private AnalyzerConfigOptionsProvider _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = Path.Combine(AppContext.BaseDirectory, "spec");
        _texts = Directory.GetFiles(Path.Combine(spec, "profiles"), "*.profile")
            .Append(Path.Combine(spec, "dictionary", "dicom-dictionary.tsv"))
            .Select(p => (AdditionalText)new FileText(p, File.ReadAllText(p)))
            .ToArray();
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("public static class A { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        _options = new Options(new Dictionary<string, string> { ["build_property.DicomTypedEmitDictionary"] = "true", ["build_property.RootNamespace"] = "Bench" });
    }

    [Benchmark]
    public int FullRun()
    {
        var driver = CSharpGeneratorDriver.Create([new DicomTypedGenerator().AsSourceGenerator()], _texts, CSharpParseOptions.Default, _options);
        return driver.RunGenerators(_compilation).GetRunResult().Results[0].GeneratedSources.Length;
    }

    private sealed class FileText(string path, string content) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values([]);

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
