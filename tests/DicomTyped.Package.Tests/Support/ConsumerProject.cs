using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace DicomTyped.Package.Tests.Support;

/// <summary>
/// A fresh project in a temporary folder, as a user would make one: a project file with PackageReferences only (no
/// project reference), a nuget.config with the local feed and the public source, and the sources of one folder under
/// <c>Consumers/</c> (its C# files and its <c>.profile</c>, nothing listed for the generator).
/// </summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public const string Name = "PackageConsumer";

    public static ConsumerProject Create(PackageFeed feed, string consumer, IEnumerable<string> packages, string extraProperties = "")
    {
        var directory = feed.NewFolder("consumer-" + consumer);
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Consumers", consumer)))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
        var references = string.Concat(packages.Select(id => $"\n    <PackageReference Include=\"{id}\" Version=\"{feed.Version}\" />"));
        File.WriteAllText(Path.Combine(directory, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>{extraProperties}
              </PropertyGroup>
              <ItemGroup>{references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed.Directory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return new ConsumerProject(directory);
    }

    /// <summary><c>dotnet build</c>; its result whatever the exit code.</summary>
    public Task<ProcessResult> BuildAsync() =>
        DotNetCli.RunAsync(DotNetCli.DotNet, ["build", "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary"], Directory, TimeSpan.FromMinutes(5));

    /// <summary>Runs the built program.</summary>
    public Task<ProcessResult> RunAsync() =>
        DotNetCli.RunAsync(DotNetCli.DotNet, [Path.Combine(Directory, "bin", "Release", "net10.0", Name + ".dll")], Directory, TimeSpan.FromMinutes(2));
}
