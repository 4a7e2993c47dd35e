using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary>The global options (--url/DICOMWEB_URL, --token/DICOMWEB_TOKEN, --profile, --verbose), errors as one line, and completion.</summary>
public sealed class GlobalOptionsTests(ServedSamples served) : IClassFixture<ServedSamples>
{
    private const string Unreachable = "http://127.0.0.1:1/v2/";

    [Fact]
    public async Task Without_url_or_DICOMWEB_URL_a_service_command_exits_1_saying_so()
    {
        var result = await Dicomweb.RunAsync(["search", "studies"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: No service: give --url (e.g. --url http://127.0.0.1:8080/v2/) or set DICOMWEB_URL.", result.StandardError.Trim());
    }

    [Fact]
    public async Task DICOMWEB_URL_is_the_service_when_url_is_absent()
    {
        var result = await Dicomweb.RunAsync(["search", "studies", "--csv"], new Dictionary<string, string?> { ["DICOMWEB_URL"] = served.BaseAddress.ToString() });
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(ServedSamples.Study, result.StandardOutput);
    }

    [Fact]
    public async Task Global_options_may_stand_before_the_command()
    {
        var result = await Dicomweb.RunAsync(["--url", served.BaseAddress.ToString(), "search", "studies", "--csv"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(ServedSamples.Study, result.StandardOutput);
    }

    [Fact]
    public async Task An_unreachable_service_is_one_line_on_stderr_without_a_stack_trace()
    {
        var result = await Dicomweb.RunAsync(["search", "studies", "--url", Unreachable]);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Dicomweb.Lines(result.StandardError));
        Assert.StartsWith("dicomweb: DICOMweb GET /v2/studies got no answer", line);
        Assert.Equal("", result.StandardOutput);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        var result = await Dicomweb.RunAsync(["search", "studies", "--url", Unreachable, "--verbose"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("   at DicomTyped.", result.StandardError);
    }

    [Fact]
    public async Task A_service_that_requires_a_token_refuses_a_search_without_one_with_its_status()
    {
        await using var serve = await ServeProcess.StartAsync("--require-token", "s3cret");
        var result = await Dicomweb.RunAsync(["search", "studies", "--url", serve.BaseAddress.ToString()]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("401", Assert.Single(Dicomweb.Lines(result.StandardError)));
    }

    [Fact]
    public async Task DICOMWEB_TOKEN_signs_in()
    {
        await using var serve = await ServeProcess.StartAsync("--require-token", "s3cret");
        var result = await Dicomweb.RunAsync(["search", "studies", "--url", serve.BaseAddress.ToString()], new Dictionary<string, string?> { ["DICOMWEB_TOKEN"] = "s3cret" });
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Auth_token_without_a_token_is_refused()
    {
        var result = await Dicomweb.RunAsync(["search", "studies", "--url", Unreachable, "--auth", "token"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: --auth token needs --token or the DICOMWEB_TOKEN environment variable.", result.StandardError.Trim());
    }

    [Fact]
    public async Task An_unknown_profile_name_lists_the_built_in_ones()
    {
        var result = await Dicomweb.RunAsync(["search", "studies", "--url", Unreachable, "--profile", "pacs9000"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: --profile 'pacs9000' is neither a built-in profile (azure-dicom-v2, orthanc, dicomweb) nor an existing .profile file.", result.StandardError.Trim());
    }

    [Fact]
    public async Task A_profile_file_is_read_and_its_routes_enforced()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicomweb-{System.Guid.NewGuid():N}.profile");
        await File.WriteAllTextAsync(path, """
            profile   MyPacs
            limit     1..50 default 10
            offset    no
            [study]
            StudyInstanceUID   studies          exact   default
            PatientID          studies          exact   default
            [series]
            Modality           study-series     exact   default
            """);
        try
        {
            var result = await Dicomweb.RunAsync(["search", "series", "--url", Unreachable, "--profile", path, "--filter", "Modality=OT"]);
            Assert.Equal(1, result.ExitCode);
            Assert.Equal("dicomweb: Modality is not searchable on /series in profile MyPacs; it is searchable on /studies/{study}/series.", result.StandardError.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_private_attribute_declared_in_a_profile_file_is_a_search_key()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicomweb-{System.Guid.NewGuid():N}.profile");
        await File.WriteAllTextAsync(path, "profile MyPacs\n[declare]\n00091001 LO 1 SiteCode\n[instance]\nSiteCode  instances  exact  -\n");
        try
        {
            var result = await Dicomweb.RunAsync(["search", "studies", "--url", Unreachable, "--profile", path, "--filter", "SiteCode=A1"]);
            Assert.Equal(1, result.ExitCode);
            Assert.Equal("dicomweb: SiteCode is not searchable on /studies in profile MyPacs; it is searchable on /instances.", result.StandardError.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_DICOMWEB_URL_that_is_not_a_url_is_refused()
    {
        var result = await Dicomweb.RunAsync(["search", "studies"], new Dictionary<string, string?> { ["DICOMWEB_URL"] = "ftp://example" });
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: DICOMWEB_URL must be an absolute http or https URL, not 'ftp://example'.", result.StandardError.Trim());
    }

    [Fact]
    public async Task A_malformed_profile_file_names_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicomweb-{System.Guid.NewGuid():N}.profile");
        await File.WriteAllTextAsync(path, "profile MyPacs\n[study]\nPatientID  studies  approximately  default\n");
        try
        {
            var result = await Dicomweb.RunAsync(["search", "studies", "--url", Unreachable, "--profile", path]);
            Assert.Equal(1, result.ExitCode);
            Assert.Equal($"dicomweb: {path}:3: 'approximately' is not a matching kind.", result.StandardError.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_suggest_directive_completes_a_command_and_its_levels()
    {
        var result = await Dicomweb.RunAsync(["[suggest:10]", "search stu"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("studies", Dicomweb.Lines(result.StandardOutput));
    }
}
