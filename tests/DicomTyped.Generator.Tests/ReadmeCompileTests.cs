using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>
/// Every <c>```csharp</c> block of the repository's README.md (copied next to the test assembly) compiles against the
/// built DicomTyped assemblies, as a program in a new console project would (top-level statements, the SDK's implicit
/// usings). A line the README marks <c>// does not compile</c> must fail to compile on its own, and is left out of its block.
/// </summary>
public sealed class ReadmeCompileTests
{
    private const string DoesNotCompile = "// does not compile";

    // What `dotnet new console` puts in scope (ImplicitUsings enable).
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static readonly string ReadmePath = Path.Combine(AppContext.BaseDirectory, "README.md");

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToList());

    public static IReadOnlyList<string> Blocks() =>
        Regex.Matches(File.ReadAllText(ReadmePath).Replace("\r\n", "\n"), "^```csharp\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToList();

    public static TheoryData<int> BlockNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Blocks().Count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    public static TheoryData<int, int> RefusedLines()
    {
        var data = new TheoryData<int, int>();
        var blocks = Blocks();
        for (var b = 0; b < blocks.Count; b++)
        {
            var lines = blocks[b].Split('\n');
            for (var l = 0; l < lines.Length; l++)
            {
                if (lines[l].Contains(DoesNotCompile, StringComparison.Ordinal))
                {
                    data.Add(b, l);
                }
            }
        }
        return data;
    }

    [Fact]
    public void The_readme_has_csharp_blocks() => Assert.True(Blocks().Count >= 3, $"found {Blocks().Count} csharp blocks in {ReadmePath}");

    [Theory]
    [MemberData(nameof(BlockNumbers))]
    public void Each_csharp_block_compiles(int block)
    {
        var lines = Blocks()[block].Split('\n').Where(l => !l.Contains(DoesNotCompile, StringComparison.Ordinal));
        var errors = Errors(string.Join('\n', lines));
        Assert.True(errors.Count == 0, $"README csharp block {block + 1}:\n{string.Join('\n', errors)}");
    }

    [Theory]
    [MemberData(nameof(RefusedLines))]
    public void A_line_marked_does_not_compile_does_not(int block, int line)
    {
        var lines = Blocks()[block].Split('\n');
        // The block's usings, then the marked line alone.
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';'));
        var source = string.Join('\n', usings.Append(lines[line]));
        Assert.NotEmpty(Errors(source));
    }

    private static List<string> Errors(string program)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(program, options)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }
}
