using System;
using System.IO;
using System.Linq;
using System.Text;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>A spec file with any damage gives located diagnostics, never a generator crash (CS8784/CS8785).</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Damaged_profiles_and_dictionaries_never_crash_the_generator()
    {
        var profile = File.ReadAllText(GeneratorHarness.SpecPath("profiles", "azure-dicom-v2.profile"));
        var dictionary = File.ReadAllText(GeneratorHarness.SpecPath("dictionary", "dicom-dictionary.tsv"))[..20_000];
        var random = new Random(2811);
        var withErrors = 0;
        for (var n = 0; n < 200; n++)
        {
            var texts = new[]
            {
                GeneratorHarness.Text("/spec/dicom-dictionary.tsv", n % 10 == 0 ? Damage(dictionary, random) : dictionary),
                GeneratorHarness.Text("/spec/damaged.profile", Damage(profile, random)),
            };

            var (_, generatorDiagnostics, _) = GeneratorHarness.Run(texts);

            // A generator that throws is reported by the driver as CS8784/CS8785 among its own diagnostics.
            var crashes = generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785").ToList();
            Assert.True(crashes.Count == 0, $"variant {n}: {string.Join("; ", crashes)}");
            Assert.All(generatorDiagnostics.Where(d => d.Id.StartsWith("DTY", StringComparison.Ordinal)),
                d => Assert.NotEqual(Location.None, d.Location));
            withErrors += generatorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? 1 : 0;
        }
        Assert.True(withErrors > 100, $"only {withErrors} of 200 damaged variants were reported; the damage is too mild");
    }

    // Cuts, duplicates, swaps and stray characters, the kinds of edits a hand-edited file goes through.
    private static string Damage(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 6); edits > 0 && builder.Length > 10; edits--)
        {
            var at = random.Next(builder.Length - 1);
            switch (random.Next(5))
            {
                case 0: builder.Remove(at, Math.Min(random.Next(1, 40), builder.Length - at)); break;
                case 1: builder.Insert(at, "\t[],-#=x\0é\n"[random.Next(11)]); break;
                case 2: builder.Insert(at, builder.ToString(at, Math.Min(30, builder.Length - at))); break;
                case 3: builder[at] = (char)random.Next(32, 127); break;
                default: builder.Insert(at, "\nbogus line here\n"); break;
            }
        }
        return builder.ToString();
    }
}
