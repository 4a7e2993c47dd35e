using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace DicomTyped.Package.Tests.Support;

/// <summary>
/// Packs DicomTyped.Core, DicomTyped, DicomTyped.Server and the dicomweb tool once per test run into a temporary folder
/// feed, under a version no earlier run used (<c>0.10.0-packagetest.{time}</c>), so no package cached from another run can
/// satisfy a consumer. <c>dotnet pack --no-build</c> packs what this test project's build already built (the projects are
/// its build dependencies), in the same configuration: a fresh build of the four would take minutes more. On dispose
/// the feed and this version's folders in the NuGet packages folder are removed.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    /// <summary>The projects packed, relative to the repository root.</summary>
    private static readonly string[] Projects =
    [
        "src/DicomTyped.Core/DicomTyped.Core.csproj",
        "src/DicomTyped/DicomTyped.csproj",
        "src/DicomTyped.Server/DicomTyped.Server.csproj",
        "src/DicomTyped.Cli/DicomTyped.Cli.csproj",
    ];

    /// <summary>The package ids made.</summary>
    public static readonly string[] PackageIds = ["DicomTyped.Core", "DicomTyped", "DicomTyped.Server", "dicomweb"];

    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("dicomtyped-package-tests-").FullName;

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The configuration this test project (and so the packed projects) was built in.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The version every package of this run has.</summary>
    public string Version { get; } = "0.10.0-packagetest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The local folder feed holding the .nupkg files.</summary>
    public string Directory => Path.Combine(_root, "feed");

    /// <summary>A new empty folder under this run's temporary root.</summary>
    public string NewFolder(string name) => System.IO.Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    /// <summary>The path of a package of this run in the feed.</summary>
    public string PackagePath(string id) => Path.Combine(Directory, $"{id}.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        foreach (var project in Projects)
        {
            await DotNetCli.DotNetAsync(RepositoryRoot, TimeSpan.FromMinutes(5),
                "pack", Path.Combine(RepositoryRoot, project), "-c", Configuration, "--no-build", "-o", Directory,
                $"-p:Version={Version}", "-nologo", "-clp:ErrorsOnly");
        }
    }

    private static string Metadata(string key) =>
        typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public Task DisposeAsync()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            var idFolder = Path.Combine(packages, id.ToLowerInvariant());
            DeleteQuietly(Path.Combine(idFolder, Version));
            if (System.IO.Directory.Exists(idFolder) && !System.IO.Directory.EnumerateFileSystemEntries(idFolder).Any())
            {
                DeleteQuietly(idFolder);
            }
        }
        DeleteQuietly(_root);
        return Task.CompletedTask;
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next run uses another version.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "package feed";
}
