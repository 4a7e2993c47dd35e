using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// A byte-order conversion on retrieve is never silent (issue 8): the embedded server says so in a Warning header and
/// the client puts its words in the retrieved file's Warnings.
/// </summary>
public sealed class ClientRetrieveWarningTests : IAsyncLifetime
{
    private static CancellationToken Ct => CancellationToken.None;
    private static readonly string BigEndian = TestInstances.Dcm(System.IO.Path.Combine("extra", "rgb256_ExplicitVRBigEndian.dcm"));

    private ServerFixture _server = null!;
    private DicomFile _stored = null!;

    public async Task InitializeAsync()
    {
        _server = await ServerFixture.StartAsync();
        _stored = DicomFile.Open(BigEndian);
        using var client = _server.Client();
        var result = await client.StoreInstancesAsync([BigEndian], cancellationToken: Ct);
        Assert.True(result.AllStored, $"store answered {result.HttpStatus}");
    }

    public async Task DisposeAsync()
    {
        _stored.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_big_endian_instance_asked_for_as_explicit_little_endian_carries_the_servers_warning()
    {
        using var client = _server.Client(options: new DicomWebClientOptions { TransferSyntax = TransferSyntax.ExplicitVRLittleEndian.Uid });
        using var file = await client.RetrieveInstanceAsync(Study, Series, Sop, cancellationToken: Ct);

        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        var warning = Assert.Single(file.Warnings);
        Assert.Contains("Explicit VR Big Endian converted", warning.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_instance_as_stored_has_no_warning()
    {
        using var client = _server.Client();   // transfer-syntax=*: the bytes as stored
        using var file = await client.RetrieveInstanceAsync(Study, Series, Sop, cancellationToken: Ct);

        Assert.Equal(TransferSyntax.ExplicitVRBigEndian, file.TransferSyntax);
        Assert.Empty(file.Warnings);
    }

    private string Study => _stored.Dataset.GetUid(DicomTags.StudyInstanceUID)!;
    private string Series => _stored.Dataset.GetUid(DicomTags.SeriesInstanceUID)!;
    private string Sop => _stored.Dataset.GetUid(DicomTags.SOPInstanceUID)!;
}
