using System;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using DicomTyped.Tests.Multipart.Support;
using Xunit;
using static DicomTyped.Tests.Multipart.Support.MultipartBodies;

namespace DicomTyped.Tests.Multipart;

/// <summary>Malformed bodies fail with a <see cref="MultipartException"/> that says what and where.</summary>
public sealed class MultipartRelatedReaderErrorTests
{
    private const string ContentType = "multipart/related; type=\"application/dicom\"; boundary=b0undary";

    [Theory]
    [InlineData("multipart/related; type=\"application/dicom\"", "no boundary parameter")]
    [InlineData("multipart/related; type=\"application/dicom\"; boundary=\"\"", "no boundary parameter")]
    [InlineData("application/dicom; boundary=x", "not multipart")]
    [InlineData("multipart/related; boundary=\"unterminated", "cannot be parsed")]
    public void Refuses_a_content_type_it_cannot_read_by(string contentType, string expected)
    {
        var error = Assert.Throws<MultipartException>(() => MultipartRelatedReader.Create(new System.IO.MemoryStream(), contentType));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Refuses_a_boundary_longer_than_the_lenient_limit()
    {
        var error = Assert.Throws<MultipartException>(() => MultipartRelatedReader.Create(new System.IO.MemoryStream(), "multipart/related; boundary=" + new string('a', 257)));

        Assert.Contains("boundary", error.Message);
    }

    [Theory]
    [InlineData("", "before the first boundary", 0)]
    [InlineData("just a preamble\r\n--b0undar", "before the first boundary", 26)]
    [InlineData("--b0undary\r\nContent-Type: text/plain\r\n", "inside the header block of part 1", 38)]
    [InlineData("--b0undary\r\n\r\nbody without end", "inside part 1", 30)]
    [InlineData("--b0undary\r\n\r\nbody\r\n--b0undary\r\n", "inside the header block of part 2", 32)]
    [InlineData("--b0undary\r\n\r\nbody\r\n--b0undary-", "inside part 1", 31)]
    [InlineData("--b0undary\r\nContent-Length: 10\r\n\r\n12345", "inside part 1", 39)]
    [InlineData("--b0undary\r\nContent-Length: 5\r\n\r\n12345", "inside part 1", 38)]
    public async Task Reports_a_truncated_body_with_where_it_ended(string body, string where, long offset)
    {
        foreach (var mode in Enum.GetValues<ReadMode>())
        {
            var error = await Assert.ThrowsAsync<MultipartException>(() => ReadAllAsync(body, ContentType, mode));

            Assert.Contains("truncated", error.Message);
            Assert.Contains(where, error.Message);
            Assert.Equal(offset, error.ByteOffset);
            Assert.Contains($"byte offset {offset}", error.Message);
        }
    }

    [Fact]
    public async Task Refuses_a_header_block_larger_than_the_limit()
    {
        var body = "--b0undary\r\nX-Long: " + new string('x', 17_000) + "\r\n\r\nbody\r\n--b0undary--";

        foreach (var mode in Enum.GetValues<ReadMode>())
        {
            var error = await Assert.ThrowsAsync<MultipartException>(() => ReadAllAsync(body, ContentType, mode));

            Assert.Contains("header block is larger than 16384 bytes", error.Message);
            Assert.Equal(12, error.ByteOffset);
        }
    }

    [Fact]
    public async Task Accepts_a_header_block_up_to_the_limit()
    {
        var options = new MultipartReaderOptions { MaxHeaderBlockSize = 1000, BufferSize = 2024 };
        var header = "X-Long: " + new string('x', 1000 - 10) + "\r\n";
        Assert.Equal(1000, header.Length);
        var body = $"--b0undary\r\n{header}\r\nbody\r\n--b0undary--";

        var parts = await ReadAllAsync(body, ContentType, ReadMode.OneBytePerReadAsync, options);

        Assert.Equal("body", Assert.Single(parts).Text);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1 2")]
    [InlineData("99999999999999999999999")]
    public async Task Refuses_a_content_length_that_is_not_a_byte_count(string length)
    {
        var body = $"--b0undary\r\nContent-Length: {length}\r\n\r\nbody\r\n--b0undary--";

        var error = await Assert.ThrowsAsync<MultipartException>(() => ReadAllAsync(body, ContentType, ReadMode.WholeAsync));

        Assert.Contains("Content-Length that is not a byte count", error.Message);
        Assert.Equal(12, error.ByteOffset);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public async Task Refuses_a_content_length_not_followed_by_the_boundary(int length)
    {
        var body = $"--b0undary\r\nContent-Length: {length}\r\n\r\nbody\r\n--b0undary\r\n\r\nmore\r\n--b0undary--";

        foreach (var mode in Enum.GetValues<ReadMode>())
        {
            var error = await Assert.ThrowsAsync<MultipartException>(() => ReadAllAsync(body, ContentType, mode));

            Assert.Contains($"Content-Length ({length}) does not match", error.Message);
            Assert.Equal(33 + length, error.ByteOffset);
        }
    }

    [Fact]
    public async Task Refuses_a_header_line_without_a_colon()
    {
        var body = "--b0undary\r\nContent-Type: text/plain\r\nnot a header\r\n\r\nbody\r\n--b0undary--";

        var error = await Assert.ThrowsAsync<MultipartException>(() => ReadAllAsync(body, ContentType, ReadMode.WholeAsync));

        Assert.Contains("'not a header'", error.Message);
        Assert.Equal(38, error.ByteOffset);
    }

    [Fact]
    public async Task Refuses_a_part_content_type_that_is_not_a_media_type()
    {
        var body = "--b0undary\r\nContent-Type: dicom\r\n\r\nbody\r\n--b0undary--";

        var error = await Assert.ThrowsAsync<MultipartException>(() => ReadAllAsync(body, ContentType, ReadMode.WholeAsync));

        Assert.Contains("'dicom'", error.Message);
    }

    [Fact]
    public void Refuses_options_whose_buffer_cannot_hold_a_header_block()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new MultipartRelatedReader(new System.IO.MemoryStream(), "b", new MultipartReaderOptions { BufferSize = 16 * 1024 }));
    }
}
