using System.Net;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>Files above <see cref="DicomWebServerOptions.MaxTranscodeSize"/> are served as stored but neither transcoded nor rendered.</summary>
public sealed class RetrieveLimitTests
{
    [Fact]
    public async Task A_file_over_the_limit_is_not_transcoded_or_rendered_but_is_served_as_stored()
    {
        await using var server = await ServerFixture.StartAsync(options => options.MaxTranscodeSize = 100_000);
        var samples = new RetrieveSamples(server.DataDirectory);
        var implicitVR = samples["rgb256_ImplicitVRLittleEndian"];
        await IndexSeeder.SeedAsync(server, implicitVR.Path);

        using (var transcoded = await RetrieveHttp.GetAsync(server.Http, implicitVR.InstanceRoute, RetrieveHttp.MultipartDicomExplicit))
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, transcoded.StatusCode);
        }
        using (var rendered = await RetrieveHttp.GetAsync(server.Http, implicitVR.InstanceRoute + "/rendered", "image/jpeg"))
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, rendered.StatusCode);
        }
        using var stored = await RetrieveHttp.GetAsync(server.Http, implicitVR.InstanceRoute, RetrieveHttp.MultipartDicomAny);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }
}
