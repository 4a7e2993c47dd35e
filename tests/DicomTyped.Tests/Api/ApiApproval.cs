using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;
using Xunit.Sdk;

namespace DicomTyped.Tests.Api;

/// <summary>
/// Compares an assembly's public API listing (PublicApiGenerator) with the file checked in next to the calling test, so
/// that a change to the public surface is made on purpose: on a difference the test fails, writes the listing it found
/// as <c>{assembly}.received.txt</c> beside <c>{assembly}.approved.txt</c>, and says how to accept it.
/// </summary>
/// <remarks>Also compiled into DicomTyped.Server.Tests (linked), so both projects read their files the same way.</remarks>
internal static class ApiApproval
{
    public static void Verify(Assembly assembly, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetDirectoryName(callerFile)!;
        var name = assembly.GetName().Name!;
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");

        var received = Normalize(CollapseDictionaryTags(assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Assembly attributes carry the target framework and InternalsVisibleTo: not part of what callers see.
            IncludeAssemblyAttributes = false,
        })) + HiddenFromIntelliSense(assembly));
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        throw new XunitException(
            $"The public API of {name} changed (or has no approved listing).{Environment.NewLine}" +
            $"Compare {receivedPath}{Environment.NewLine}   with {approvedPath}{Environment.NewLine}" +
            $"{FirstDifference(approved ?? "", received)}{Environment.NewLine}" +
            $"If the change is meant, accept it: cp '{receivedPath}' '{approvedPath}' and commit the approved file.");
    }

    // DicomTags has one field per PS3.6 keyword (about 5,000), generated from spec/dictionary: its members follow the
    // standard's edition, not an API decision, so the listing keeps the class and says where its members come from.
    private static string CollapseDictionaryTags(string listing)
    {
        var lines = listing.Replace("\r\n", "\n").Split('\n');
        var kept = new System.Collections.Generic.List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            kept.Add(lines[i]);
            if (lines[i].TrimEnd() == "    public static class DicomTags" && i + 1 < lines.Length && lines[i + 1].Trim() == "{")
            {
                kept.Add(lines[++i]);
                kept.Add("        // One public static readonly DicomTyped.Dicom.DicomTag per keyword of spec/dictionary/dicom-dictionary.tsv.");
                while (i + 1 < lines.Length && lines[i + 1].TrimEnd() != "    }")
                {
                    i++;
                }
            }
        }
        return string.Join("\n", kept);
    }

    // PublicApiGenerator leaves [EditorBrowsable] out of its listing; what is hidden from IntelliSense (the helpers only
    // generated code calls) is part of the surface too, so it is listed after the API.
    private static string HiddenFromIntelliSense(Assembly assembly)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var hidden = new System.Collections.Generic.List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (IsHidden(type))
            {
                hidden.Add("type " + type.FullName);
            }
            foreach (var member in type.GetMembers(Declared))
            {
                if (IsVisible(member) && IsHidden(member))
                {
                    hidden.Add("member " + type.FullName + "." + Describe(member));
                }
            }
        }
        hidden.Sort(StringComparer.Ordinal);
        return "\n// Hidden from IntelliSense ([EditorBrowsable(EditorBrowsableState.Never)]):\n" +
            string.Concat(hidden.ConvertAll(line => "//   " + line + "\n"));
    }

    private static bool IsHidden(MemberInfo member) =>
        member.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>()?.State == System.ComponentModel.EditorBrowsableState.Never;

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(accessor => IsVisible(accessor)),
        _ => false,
    };

    private static string Describe(MemberInfo member) => member is MethodBase method
        ? member.Name + "(" + string.Join(", ", method.GetParameters().Select(parameter => parameter.ParameterType.Name)) + ")"
        : member.Name;

    // One line ending, no trailing spaces: the listing must not differ by the machine that wrote it.
    private static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }
        return string.Join("\n", lines).Trim() + "\n";
    }

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < r.Length ? r[i] : "<end>";
            if (left != right)
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}  approved: {left.Trim()}{Environment.NewLine}  received: {right.Trim()}";
            }
        }
        return "";
    }
}
