using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>
/// Server and client apply one UID rule (<see cref="DicomUid.IsWellFormed"/>, the Azure DICOM service's: letters, digits,
/// '-' and single dots), so an instance the server accepts with UIDs that break PS3.5 9.1 can be retrieved and deleted by
/// the client.
/// </summary>
public sealed class UidRuleTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private const string Study = "1.2.abc-7";
    private const string Series = "1.2.abc-7.Series-1";
    private const string Sop = "1.2.abc-7.Series-1.X01";

    [Fact]
    public async Task An_instance_stored_with_letters_and_hyphens_in_its_UIDs_is_retrieved_and_deleted_by_the_client()
    {
        await using var server = await ServerFixture.StartAsync();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        // Set raw: these UIDs break PS3.5 9.1 on purpose.
        dataset.Set(new DicomElement(DicomTags.StudyInstanceUID, DicomVR.UI, Encoding.ASCII.GetBytes(Study + "\0")));
        dataset.Set(new DicomElement(DicomTags.SeriesInstanceUID, DicomVR.UI, Encoding.ASCII.GetBytes(Series)));
        dataset.Set(new DicomElement(DicomTags.SOPInstanceUID, DicomVR.UI, Encoding.ASCII.GetBytes(Sop + "\0")));
        var content = new ByteArrayContent(TestInstances.Part10(dataset));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/dicom");
        using (var stored = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        }

        using var client = server.Client();
        var file = await client.RetrieveInstanceAsync(Study, Series, Sop, cancellationToken: Ct);
        Assert.Equal(Sop, file.Dataset.GetString(DicomTags.SOPInstanceUID)?.TrimEnd('\0'));
        Assert.Equal(DeleteResult.Deleted, await client.DeleteInstanceAsync(Study, Series, Sop, Ct));
        Assert.Equal(DeleteResult.NotFound, await client.DeleteStudyAsync(Study, Ct));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("1.2/3")]
    [InlineData("1.2\\3")]
    [InlineData("1.2%2F3")]
    [InlineData("1.2?3")]
    [InlineData("1.2#3")]
    [InlineData("1..2")]
    [InlineData("")]
    [InlineData("1.2_3")]
    public void Path_unsafe_values_are_not_well_formed(string value) => Assert.False(DicomUid.IsWellFormed(value));

    [Fact]
    public void A_UID_over_64_characters_is_not_well_formed() => Assert.False(DicomUid.IsWellFormed(new string('1', 65)));

    [Fact]
    public void Letters_and_hyphens_are_well_formed_but_not_valid_under_PS3_5() =>
        Assert.Equal((true, false), (DicomUid.IsWellFormed(Sop), DicomUid.IsValid(Sop)));
}
