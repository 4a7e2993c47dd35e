using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Validation;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>Issue 7 §4: a failed save destroys nothing; issue 8 §5: a big-endian file's conversion is reported.</summary>
public sealed class Part10SaveTests : IDisposable
{
    private readonly string _dir = ExternalTool.TempDirectory();
    private readonly string _target;
    private readonly byte[] _previous;

    public Part10SaveTests()
    {
        _target = Path.Combine(_dir, "study.dcm");
        _previous = File.ReadAllBytes(Part10ReaderTests.PathOf("blue-circle.dcm"));
        File.WriteAllBytes(_target, _previous);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static DicomFile InvalidFile()
    {
        var file = DicomFile.Read(File.ReadAllBytes(Part10ReaderTests.PathOf("green-square.dcm")));
        file.Dataset.SetBytes(new DicomTag(0x00100010), DicomVR.LO, new byte[70].Select(_ => (byte)'A').ToArray());
        return file;
    }

    private void AssertPreviousFileUntouched()
    {
        Assert.Equal(_previous, File.ReadAllBytes(_target));
        Assert.Equal(["study.dcm"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_save_refused_by_validation_leaves_the_previous_file_and_no_temporary_file()
    {
        Assert.Throws<DicomValidationException>(() => InvalidFile().Save(_target));
        AssertPreviousFileUntouched();
    }

    [Fact]
    public async Task An_async_save_refused_by_validation_leaves_the_previous_file_and_no_temporary_file()
    {
        await Assert.ThrowsAsync<DicomValidationException>(() => InvalidFile().SaveAsync(_target, cancellationToken: CancellationToken.None));
        AssertPreviousFileUntouched();
    }

    [Fact]
    public async Task A_cancelled_save_leaves_the_previous_file_and_no_temporary_file()
    {
        using var file = DicomFile.Open(Part10ReaderTests.PathOf("red-triangle.dcm"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => file.SaveAsync(_target, cancellationToken: cancelled.Token));
        AssertPreviousFileUntouched();
    }

    [Fact]
    public void A_save_whose_source_stream_fails_midway_leaves_the_previous_file_and_no_temporary_file()
    {
        // Pixel data by reference: the write copies it from the source, which fails after the header was written.
        var source = new FailingAfterStream(File.ReadAllBytes(Part10ReaderTests.PathOf("rgb256_ExplicitVRLittleEndian.dcm")));
        var file = DicomFile.Read(source, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        source.Fail = true;
        Assert.Throws<IOException>(() => file.Save(_target));
        AssertPreviousFileUntouched();
    }

    [Fact]
    public void A_good_save_replaces_the_previous_file()
    {
        using var file = DicomFile.Open(Part10ReaderTests.PathOf("red-triangle.dcm"));
        var expected = new MemoryStream();
        file.Save(expected);
        file.Save(_target);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(_target));
        Assert.Equal(["study.dcm"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_opened_with_pixel_data_by_reference_saves_over_itself()
    {
        var original = File.ReadAllBytes(Part10ReaderTests.PathOf("rgb256_ExplicitVRLittleEndian.dcm"));
        File.WriteAllBytes(_target, original);
        using (var file = DicomFile.Open(_target, new DicomReadOptions { PixelData = PixelDataHandling.Reference }))
        {
            file.Save(_target, DicomWriteOptions.SourceTransferSyntax);
        }
        Assert.Equal(original, File.ReadAllBytes(_target));
    }

    [Fact]
    public void Saving_a_big_endian_file_by_default_converts_it_and_says_so_in_warnings()
    {
        using var file = DicomFile.Open(Part10ReaderTests.PathOf("rgb256_ExplicitVRBigEndian.dcm"));
        var result = file.Save(new MemoryStream());
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, result.TransferSyntax);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Big Endian", warning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Saving_a_big_endian_file_in_its_own_syntax_has_no_warning()
    {
        using var file = DicomFile.Open(Part10ReaderTests.PathOf("rgb256_ExplicitVRBigEndian.dcm"));
        var result = file.Save(new MemoryStream(), DicomWriteOptions.SourceTransferSyntax);
        Assert.True(result.TransferSyntax.IsBigEndian);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Saving_a_little_endian_file_has_no_warning()
    {
        using var file = DicomFile.Open(Part10ReaderTests.PathOf("rgb256_ImplicitVRLittleEndian.dcm"));
        Assert.Empty(file.Save(new MemoryStream()).Warnings);
    }

    /// <summary>A seekable source whose reads fail once <see cref="Fail"/> is set, as a disk or share that goes away.</summary>
    private sealed class FailingAfterStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public bool Fail { get; set; }

        public override int Read(byte[] buffer, int offset, int count) =>
            Fail ? throw new IOException("The source went away.") : base.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => Fail ? throw new IOException("The source went away.") : base.Read(buffer);
    }
}
