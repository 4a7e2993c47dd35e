using System.IO;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis.Testing;

namespace DicomTyped.Generator.Tests.Analyzers;

/// <summary>
/// The offline setup of the analyzer and code fix tests, as VerifierTests does for the generator: no reference pack is
/// downloaded, the test runtime's assemblies and DicomTyped (with the built-in profiles' builders) are the references,
/// and the data dictionary is an AdditionalFile as the package makes it.
/// </summary>
internal static class AnalyzerTestSetup
{
    public const string DictionaryPath = "/spec/dicom-dictionary.tsv";

    public static void Apply(SolutionState state, ref ReferenceAssemblies references, bool withDictionary = true)
    {
        references = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(GeneratorHarness.References);
        state.AdditionalReferences.Add(typeof(DicomTyped.Client.DicomWebClient).Assembly);
        if (withDictionary)
        {
            state.AdditionalFiles.Add((DictionaryPath, File.ReadAllText(GeneratorHarness.SpecPath("dictionary", "dicom-dictionary.tsv"))));
        }
    }
}
