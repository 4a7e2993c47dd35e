using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Server.Tests.Retrieve;
using DicomTyped.Server.Tests.Support;
using SkiaSharp;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>Rendered PNGs of small greyscale instances made in code, read back pixel by pixel (PS3.3 C.11.2.1.2.1).</summary>
public sealed class RenderedWindowTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_16_bit_instance_renders_through_its_own_window_not_its_minimum_to_maximum()
    {
        // Values 0..4000; the file's window (centre 2000, width 2000) covers 1000..3000, half of that range.
        ushort[] values = [0, 1000, 2000, 3000, 3500, 4000];
        var dataset = Grey(values, bits: 16);
        dataset.SetString(DicomTags.WindowCenter, DicomVR.DS, "2000");
        dataset.SetString(DicomTags.WindowWidth, DicomVR.DS, "2000");
        var grey = await RenderAsync(dataset, values.Length);
        // Min/max scaling would give 1000 about 64 and 3000 about 191.
        Assert.Equal(0, grey[0]);
        Assert.Equal(0, grey[1]);
        Assert.InRange(grey[2], 127, 128);
        Assert.Equal(255, grey[3]);
        Assert.Equal(255, grey[4]);
        Assert.Equal(255, grey[5]);
    }

    [Fact]
    public async Task An_8_bit_instance_spanning_0_to_255_without_a_window_renders_its_stored_values()
    {
        ushort[] values = [0, 37, 64, 128, 200, 255];
        var grey = await RenderAsync(Grey(values, bits: 8), values.Length);
        Assert.Equal(values.Select(v => (byte)v), grey);
    }

    // One row of MONOCHROME2 pixels, unsigned, Bits Stored = Bits Allocated.
    private static DicomDataset Grey(ushort[] values, int bits)
    {
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        dataset.SetValues(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1);
        dataset.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        dataset.SetValues(DicomTags.Rows, DicomVR.US, (ushort)1);
        dataset.SetValues(DicomTags.Columns, DicomVR.US, (ushort)values.Length);
        dataset.SetValues(DicomTags.BitsAllocated, DicomVR.US, (ushort)bits);
        dataset.SetValues(DicomTags.BitsStored, DicomVR.US, (ushort)bits);
        dataset.SetValues(DicomTags.HighBit, DicomVR.US, (ushort)(bits - 1));
        dataset.SetValues(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        var pixels = bits == 8
            ? values.Select(v => (byte)v).ToArray()
            : values.SelectMany(v => new[] { (byte)v, (byte)(v >> 8) }).ToArray();
        dataset.Set(new DicomElement(DicomTags.PixelData, bits == 8 ? DicomVR.OB : DicomVR.OW, pixels));
        return dataset;
    }

    private static async Task<byte[]> RenderAsync(DicomDataset dataset, int width)
    {
        await using var server = await ServerFixture.StartAsync();
        using (var client = server.Client())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.StoreInstancesAsync([dataset], cancellationToken: Ct)).HttpStatus);
        }
        using var response = await RetrieveHttp.GetAsync(server.Http, "studies/1.2.3/series/1.2.3.1/instances/1.2.3.1.1/rendered", "image/png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal((width, 1), (image.Width, image.Height));
        return Enumerable.Range(0, width).Select(x => image.GetPixel(x, 0).Red).ToArray();
    }
}
