using System;
using System.IO;
using DicomTyped.Generator.Emit;
using DicomTyped.Generator.Model;
using DicomTyped.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace DicomTyped.Generator;

/// <summary>
/// Reads the PS3.6 data dictionary and conformance profiles (AdditionalFiles) and emits typed tags,
/// dictionary lookups, QIDO-RS query builders and result records with DICOM JSON readers.
/// This file is the pipeline only: inputs, named steps, outputs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DicomTypedGenerator : IIncrementalGenerator
{
    /// <summary>The file name that marks the data dictionary among AdditionalFiles.</summary>
    public const string DictionaryFileName = "dicom-dictionary.tsv";

    /// <summary>The extension that marks a conformance profile among AdditionalFiles.</summary>
    public const string ProfileExtension = ".profile";

    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The parsed data dictionary.</summary>
        public const string Dictionary = nameof(Dictionary);
        /// <summary>The MSBuild options.</summary>
        public const string Options = nameof(Options);
        /// <summary>Each profile file parsed on its own (depends on its text only).</summary>
        public const string ProfileDocuments = nameof(ProfileDocuments);
        /// <summary>Each profile resolved against the dictionary and options.</summary>
        public const string Profiles = nameof(Profiles);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var dictionary = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), DictionaryFileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, ct) => DictionaryParser.Parse(file.Path, file.GetText(ct)!, ct))
            .Collect()
            .Select(static (all, _) => all.IsDefaultOrEmpty ? DataDictionaryModel.None : all[0])
            .WithTrackingName(TrackingNames.Dictionary);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
            {
                provider.GlobalOptions.TryGetValue("build_property.DicomTypedEmitDictionary", out var emit);
                provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
                return new GeneratorOptions(
                    string.Equals(emit, "true", StringComparison.OrdinalIgnoreCase),
                    string.IsNullOrWhiteSpace(rootNamespace) ? "DicomProfiles" : rootNamespace!);
            })
            .WithTrackingName(TrackingNames.Options);

        var profiles = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(ProfileExtension, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, ct) => ProfileParser.Parse(file.Path, file.GetText(ct)!, ct))
            .WithTrackingName(TrackingNames.ProfileDocuments)
            .Combine(dictionary)
            .Combine(options)
            .Select(static (input, ct) => ProfileResolver.Resolve(input.Left.Left, input.Left.Right, input.Right, ct))
            .WithTrackingName(TrackingNames.Profiles);

        context.RegisterSourceOutput(profiles, static (spc, resolved) =>
        {
            foreach (var diagnostic in resolved.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (resolved.Profile is null)
            {
                return;
            }
            foreach (var (hintName, source) in ProfileEmitter.Emit(resolved.Profile))
            {
                spc.AddSource(hintName, source);
            }
            spc.AddSource(SearchRulesEmitter.HintName(resolved.Profile), SearchRulesEmitter.Emit(resolved.Profile));
        });

        context.RegisterSourceOutput(dictionary.Combine(options), static (spc, input) =>
        {
            var (dict, opts) = input;
            foreach (var diagnostic in dict.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (!opts.EmitDictionary || !dict.IsPresent)
            {
                return;
            }
            spc.AddSource(DicomTagsEmitter.HintName, DicomTagsEmitter.Emit(dict));
            spc.AddSource(DictionaryDataEmitter.HintName, DictionaryDataEmitter.Emit(dict));
        });
    }
}
