using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Support;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Client;

/// <summary>
/// One bad value does not lose a page of results (issue 8 §2), through the client over real HTTP on 127.0.0.1: the
/// case tests/data/cases/qido-page-one-bad-time (a StudyTime of 7 fraction digits in the second of 3 matches) served
/// as the answer of a study search.
/// </summary>
public sealed class SearchBadValueTests
{
    private static readonly byte[] Page = File.ReadAllBytes(Path.Combine(TestData.Root, "cases", "qido-page-one-bad-time", "search-response.json"));

    // The page at the first request, then an empty page, so that paging to the end ends.
    private static LoopbackServer Serve()
    {
        var requests = 0;
        return new LoopbackServer(async context =>
        {
            context.Response.ContentType = "application/dicom+json";
            await context.Response.OutputStream.WriteAsync(Interlocked.Increment(ref requests) == 1 ? Page : "[]"u8.ToArray());
        });
    }

    [Fact]
    public async Task A_search_returns_every_match_and_reports_the_bad_value_on_its_own_match()
    {
        await using var server = Serve();
        using var client = DicomWebClient.Create(server.Root);

        var page = await client.SearchAsync(AzureV2.Qido.Studies().Limit(10).Offset(0), CancellationToken.None);

        Assert.Equal(3, page.Items.Count);
        Assert.Equal([0, 1, 0], page.Items.Select(m => m.Warnings.Count));
        Assert.Null(page.Items[1].StudyTime);
        Assert.Equal("101530.1234567", page.Items[1].OtherAttributes.GetString(new DicomTyped.Dicom.DicomTag(0x00080030)));
    }

    [Fact]
    public async Task Paging_to_the_end_returns_every_match_of_a_page_with_a_bad_value()
    {
        await using var server = Serve();
        using var client = DicomWebClient.Create(server.Root);

        var uids = new List<string?>();
        await foreach (var match in client.SearchAllAsync(AzureV2.Qido.Studies().Limit(10), CancellationToken.None))
        {
            uids.Add(match.StudyInstanceUID);
        }

        Assert.Equal(["1.2.826.0.1.3680043.8.498.77.81", "1.2.826.0.1.3680043.8.498.77.82", "1.2.826.0.1.3680043.8.498.77.83"], uids);
    }
}
