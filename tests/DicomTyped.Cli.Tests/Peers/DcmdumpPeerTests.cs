using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using Xunit;

namespace DicomTyped.Cli.Tests.Peers;

/// <summary>
/// DCMTK's <c>dcmdump</c> reads every instance <c>dicomweb serve</c> returns, as stored (<c>transfer-syntax=*</c>) and
/// transcoded to Explicit VR Little Endian, and in a multipart study retrieve.
/// </summary>
public sealed class DcmdumpPeerTests
{
    private const string ExplicitVRLittleEndian = "1.2.840.10008.1.2.1";

    // One file per transfer syntax the samples offer, each with its own SOP Instance UID.
    private static readonly string[] Samples =
    [
        "blue-circle.dcm",
        "extra/case1_008_MR_ImplicitVRLE_sequences.dcm",
        "extra/rgb256_ExplicitVRBigEndian.dcm",
        "extra/ot636x434_DeflatedExplicitVRLE.dcm",
        "extra/layer1_SM_JPEGBaseline_sequences.dcm",
    ];

    private static readonly HashSet<string> Uncompressed = ["1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"];

    [SkippableTheory]
    [InlineData("*")]
    [InlineData(ExplicitVRLittleEndian)]
    public async Task Dcmdump_reads_every_instance_retrieved_in_this_transfer_syntax(string requested)
    {
        var dcmdump = TestSupport.Peers.Require("dcmdump", "apt-get install -y dcmtk");
        await using var serve = await ServeProcess.StartAsync();
        var stored = await StoreSamplesAsync(serve);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        var folder = Directory.CreateTempSubdirectory("dicomweb-dcmdump-").FullName;
        try
        {
            var read = 0;
            foreach (var sample in stored)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(serve.BaseAddress, $"studies/{sample.Study}/series/{sample.Series}/instances/{sample.Instance}"));
                request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse($"application/dicom; transfer-syntax={requested}"));
                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.NotAcceptable)
                {
                    // Only compressed pixel data may be refused as Explicit VR Little Endian.
                    Assert.False(Uncompressed.Contains(sample.TransferSyntax), $"{sample.Name} ({sample.TransferSyntax}) was refused as {requested}.");
                    continue;
                }
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var path = Path.Combine(folder, $"{read++}.dcm");
                await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());

                var expected = requested == "*" ? sample.TransferSyntax : requested;
                await AssertDcmdumpReadsAsync(dcmdump, path, sample.Instance, expected);
            }
            Assert.True(read >= (requested == "*" ? Samples.Length : Samples.Length - 1), $"only {read} instances came back");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Dcmdump_reads_every_part_of_a_multipart_study_retrieve()
    {
        var dcmdump = TestSupport.Peers.Require("dcmdump", "apt-get install -y dcmtk");
        await using var serve = await ServeProcess.StartAsync();
        using var client = DicomWebClient.Create(serve.BaseAddress);
        var names = new[] { "blue-circle.dcm", "green-square.dcm", "red-triangle.dcm" };
        await client.StoreInstancesAsync(names.Select(n => Path.Combine(Paths.Dcms, n)), cancellationToken: CancellationToken.None);
        var study = Header("blue-circle.dcm").GetUid(DicomTags.StudyInstanceUID)!;
        var folder = Directory.CreateTempSubdirectory("dicomweb-dcmdump-").FullName;
        try
        {
            var saved = await client.SaveStudyAsync(study, folder, CancellationToken.None);

            Assert.Equal(3, saved.Count);
            foreach (var path in saved)
            {
                await AssertDcmdumpReadsAsync(dcmdump, path, Path.GetFileNameWithoutExtension(path), ExplicitVRLittleEndian);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task AssertDcmdumpReadsAsync(string dcmdump, string path, string sopInstanceUid, string transferSyntax)
    {
        var result = await ProcessRunner.RunAsync(dcmdump, ["-Un", path], TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotMatch(new Regex("^E: ", RegexOptions.Multiline), result.StandardError);
        Assert.Matches(new Regex($@"^\(0002,0010\) UI \[{Regex.Escape(transferSyntax)}\]", RegexOptions.Multiline), result.StandardOutput);
        Assert.Matches(new Regex($@"^\(0008,0018\) UI \[{Regex.Escape(sopInstanceUid)}\]", RegexOptions.Multiline), result.StandardOutput);
    }

    private static async Task<List<StoredSample>> StoreSamplesAsync(ServeProcess serve)
    {
        using var client = DicomWebClient.Create(serve.BaseAddress);
        var samples = new List<StoredSample>();
        foreach (var name in Samples)
        {
            var path = Path.Combine(Paths.Dcms, name);
            var result = await client.StoreInstancesAsync([path], cancellationToken: CancellationToken.None);
            Assert.True(result.Stored.Count == 1, $"{name} was not stored: {result.HttpStatus} {string.Join("; ", result.Failed.Select(f => f.ReasonCode + " " + string.Join(", ", f.Comments)))}");
            var file = DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true });
            samples.Add(new StoredSample(name, file.Dataset.GetUid(DicomTags.StudyInstanceUID)!, file.Dataset.GetUid(DicomTags.SeriesInstanceUID)!,
                file.Dataset.GetUid(DicomTags.SOPInstanceUID)!, file.TransferSyntax.Uid));
        }
        return samples;
    }

    private static DicomDataset Header(string name) => DicomFile.Open(Path.Combine(Paths.Dcms, name), new DicomReadOptions { StopBeforePixelData = true }).Dataset;

    private sealed record StoredSample(string Name, string Study, string Series, string Instance, string TransferSyntax);
}
