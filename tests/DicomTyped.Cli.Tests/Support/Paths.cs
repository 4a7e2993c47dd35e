using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>Where the built <c>dicomweb</c> program, the sample data and the peer scripts are.</summary>
internal static class Paths
{
    /// <summary>The build output of src/DicomTyped.Cli in this test's configuration.</summary>
    public static string DicomWebDll { get; } = Metadata("DicomWebDll");

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>tests/data/dcms: the walk-through's three files and the extra samples.</summary>
    public static string Dcms => Path.Combine(RepositoryRoot, "tests", "data", "dcms");

    /// <summary>The full path of the sample <paramref name="name"/> in tests/data/dcms.</summary>
    public static string Dcm(string name) => Path.Combine(Dcms, name);

    /// <summary>tests/peers: the Python and JavaScript peers.</summary>
    public static string PeersFolder => Path.Combine(RepositoryRoot, "tests", "peers");

    /// <summary>The dotnet host running this test, to run dicomweb.dll with the same runtime.</summary>
    public static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";

    private static string Metadata(string key) =>
        typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly has no {key} metadata.");
}
