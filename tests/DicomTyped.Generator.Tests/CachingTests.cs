using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DicomTyped.Generator.Emit;
using DicomTyped.Generator.Parsing;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>
/// Editing C# that has nothing to do with the spec files must not re-run any generator step, and no step keeps a Roslyn
/// symbol, compilation or syntax node (which would both defeat caching and keep whole compilations alive).
/// </summary>
public sealed class CachingTests
{
    // Every named step of the pipeline, read from TrackingNames itself so that a step added there is checked here too.
    private static readonly string[] s_trackedSteps = typeof(DicomTypedGenerator.TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    // What a step output must never hold: each ties the cached value to one compilation.
    private static readonly Type[] s_roslynTypes =
        [typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel)];

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

    [Fact]
    public void Every_tracked_step_runs()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Dictionary(), GeneratorHarness.FileText(GeneratorHarness.TestProfilePath("mini.profile"))],
            "public static class A { }").Run.Results.Single();

        Assert.NotEmpty(s_trackedSteps);
        Assert.All(s_trackedSteps, name => Assert.True(run.TrackedSteps.ContainsKey(name), $"step {name} of TrackingNames is not tracked"));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_compilation_or_syntax_node()
    {
        var run = GeneratorHarness.Run(
            [
                GeneratorHarness.Dictionary(),
                GeneratorHarness.FileText(GeneratorHarness.TestProfilePath("mini.profile")),
                GeneratorHarness.FileText(GeneratorHarness.SpecPath("profiles", "azure-dicom-v2.profile")),
            ],
            "public static class A { }").Run.Results.Single();

        var checkedValues = 0;
        foreach (var name in s_trackedSteps)
        {
            foreach (var output in run.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                var found = FindRoslynObject(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                Assert.True(found is null, $"step output holds a Roslyn object: {found}");
                checkedValues++;
            }
        }
        Assert.True(checkedValues >= s_trackedSteps.Length, "every step has at least one output to check");
    }

    [Fact]
    public void The_walk_finds_a_compilation_held_deep_in_a_value()
    {
        var held = new Holder(new[] { new Holder(null, 1), new Holder(GeneratorHarness.Compilation("class C { }"), 2) }, 0);

        var found = FindRoslynObject(held, "value", new HashSet<object>(ReferenceEqualityComparer.Instance));

        Assert.StartsWith("value.<Inner>k__BackingField[1].<Inner>k__BackingField is a Microsoft.CodeAnalysis.CSharp.CSharpCompilation", found);
    }

    private sealed record Holder(object? Inner, int Number);

    [Fact]
    public void The_emitters_route_list_is_the_route_table()
    {
        Assert.Equal(ProfileVocabulary.AllRoutes, QidoRoute.All.Select(route => route.Route));
        Assert.All(QidoRoute.All, route => Assert.Equal(ProfileVocabulary.LevelsReached(route.Route), route.ReturnedLevels));
    }

    // Walks the value's fields (public and private, so record backing fields and array wrappers are seen through) and the
    // items of collections; returns the path of the first Roslyn object found, or null.
    private static string? FindRoslynObject(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value is MemberInfo || value is Pointer)
        {
            return null;
        }
        if (value is Delegate function)
        {
            // A lambda's closure is where a captured compilation would hide.
            return FindRoslynObject(function.Target, path + ".Target", seen);
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal)
        {
            return null;
        }
        if (s_roslynTypes.Any(roslyn => roslyn.IsInstanceOfType(value)))
        {
            return $"{path} is a {type.FullName}";
        }
        if (!type.IsValueType && !seen.Add(value))
        {
            return null;
        }
        if (value is IEnumerable items and not Array)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (FindRoslynObject(item, $"{path}[{index++}]", seen) is { } found)
                {
                    return found;
                }
            }
        }
        if (value is Array array)
        {
            for (var i = 0; i < array.Length; i++)
            {
                if (FindRoslynObject(array.GetValue(i), $"{path}[{i}]", seen) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (FindRoslynObject(field.GetValue(value), $"{path}.{field.Name}", seen) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }
}
