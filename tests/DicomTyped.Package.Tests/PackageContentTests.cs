using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using DicomTyped.Package.Tests.Support;
using Xunit;

namespace DicomTyped.Package.Tests;

/// <summary>What each package made by <c>dotnet pack</c> holds, read from the .nupkg files of the run's feed.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageContentTests(PackageFeed feed)
{
    [Fact]
    public void DicomTyped_Core_carries_the_generator_the_dictionary_the_profiles_and_the_build_files()
    {
        var entries = Entries("DicomTyped.Core");
        Assert.Contains("analyzers/dotnet/cs/DicomTyped.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/DicomTyped.Analyzers.dll", entries);
        Assert.Contains("spec/dictionary/dicom-dictionary.tsv", entries);
        Assert.Contains("spec/profiles/azure-dicom-v2.profile", entries);
        Assert.Contains("spec/profiles/orthanc.profile", entries);
        Assert.Contains("buildTransitive/DicomTyped.Core.props", entries);
        Assert.Contains("buildTransitive/DicomTyped.Core.targets", entries);
    }

    [Theory]
    [InlineData("DicomTyped")]
    [InlineData("DicomTyped.Server")]
    public void The_client_and_the_server_depend_on_the_core_with_its_analyzers_and_build_files(string id)
    {
        var dependency = Nuspec(id).Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "DicomTyped.Core");
        Assert.Equal(feed.Version, (string?)dependency.Attribute("version"));
        Assert.Null(dependency.Attribute("exclude"));
    }

    [Theory]
    [InlineData("DicomTyped.Core")]
    [InlineData("DicomTyped")]
    [InlineData("DicomTyped.Server")]
    public void Each_library_package_has_its_xml_docs_a_readme_a_license_and_its_commit(string id)
    {
        var entries = Entries(id);
        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.xml", entries);
        Assert.Contains("README.md", entries);
        var metadata = Nuspec(id).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("MIT", metadata.Elements().Single(e => e.Name.LocalName == "license").Value);
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? "");
    }

    [Theory]
    [InlineData("DicomTyped.Core")]
    [InlineData("DicomTyped")]
    [InlineData("DicomTyped.Server")]
    [InlineData("dicomweb")]
    public async Task Each_package_names_a_hosted_origin_as_its_repository_and_no_url_without_one(string id)
    {
        var origin = await DotNetCli.RunAsync("git", ["-C", PackageFeed.RepositoryRoot, "remote", "get-url", "origin"], PackageFeed.RepositoryRoot, System.TimeSpan.FromMinutes(1));
        var metadata = Nuspec(id).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var url = (string?)metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url");

        // SourceLink names a repository only for a hosted remote; a clone of a local folder (as CI clones main) has none.
        var remote = origin.ExitCode == 0 ? origin.StandardOutput.Trim() : "";
        if (remote.StartsWith("https://", System.StringComparison.Ordinal) || remote.StartsWith("http://", System.StringComparison.Ordinal)
            || remote.StartsWith("ssh://", System.StringComparison.Ordinal) || remote.StartsWith("git@", System.StringComparison.Ordinal))
        {
            Assert.False(string.IsNullOrEmpty(url), "origin is " + remote);
        }
        else
        {
            Assert.Null(url);
            Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "projectUrl");
        }
    }

    [Fact]
    public void The_dicomweb_tool_package_names_its_command_and_leaves_out_native_debug_symbols()
    {
        var entries = Entries("dicomweb");
        Assert.Contains("tools/net10.0/any/dicomweb.dll", entries);
        var settings = XDocument.Load(ZipFile.OpenRead(feed.PackagePath("dicomweb")).GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Equal("dicomweb", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        Assert.DoesNotContain(entries, e => e.Contains("/runtimes/", System.StringComparison.Ordinal) && e.EndsWith(".pdb", System.StringComparison.Ordinal));
    }

    private string[] Entries(string id)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private XDocument Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        using var stream = zip.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
