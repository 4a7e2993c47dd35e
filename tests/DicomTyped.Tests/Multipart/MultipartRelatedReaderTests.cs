using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using DicomTyped.Tests.Multipart.Support;
using Xunit;
using static DicomTyped.Tests.Multipart.Support.MultipartBodies;

namespace DicomTyped.Tests.Multipart;

/// <summary>Hand-made bodies for each quirk a peer may send, read in every <see cref="ReadMode"/>.</summary>
public sealed class MultipartRelatedReaderTests
{
    private const string Boundary = "simple-boundary";
    private const string ContentType = "multipart/related; type=\"application/dicom\"; boundary=\"simple-boundary\"";

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Reads_parts_separated_by_a_quoted_boundary(ReadMode mode)
    {
        var body =
            "--simple-boundary\r\n" +
            "Content-Type: application/dicom\r\n" +
            "Content-Location: /studies/1/series/2/instances/3\r\n" +
            "\r\n" +
            "first body\r\n" +
            "--simple-boundary\r\n" +
            "Content-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.1\r\n" +
            "\r\n" +
            "second\r\nbody with a line break\r\n" +
            "--simple-boundary--\r\n";

        var parts = await ReadAllAsync(body, ContentType, mode);

        Assert.Equal(2, parts.Count);
        Assert.Equal("first body", parts[0].Text);
        Assert.Equal("/studies/1/series/2/instances/3", parts[0].Part.ContentLocation);
        Assert.Equal("application/dicom", parts[0].Part.ContentType!.MediaType);
        Assert.Equal("second\r\nbody with a line break", parts[1].Text);
        Assert.Equal("1.2.840.10008.1.2.1", parts[1].Part.ContentType!.GetParameter("transfer-syntax"));
        Assert.Equal([1, 2], parts.Select(p => p.Part.Number));
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Reads_an_orthanc_style_response_with_a_72_character_unquoted_boundary(ReadMode mode)
    {
        var boundary = "4a1f0c2e-9b7d-4c3a-8e6f-1d2b3c4d5e6f-7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d"[..72];
        Assert.Equal(72, boundary.Length);
        var contentType = $"multipart/related; type=\"application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\"; boundary={boundary}";
        var body =
            $"--{boundary}\r\n" +
            "Content-Type: application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\r\n" +
            "Content-Length: 4\r\n" +
            "\r\n" +
            "\x01\x02\x03\x04\r\n" +
            $"--{boundary}--\r\n";

        await using var reader = MultipartRelatedReader.Create(Feed(Bytes(body), mode), contentType);
        var parts = await DrainAsync(reader, mode);

        Assert.Equal(boundary, reader.Boundary);
        Assert.Equal("application/octet-stream", reader.RelatedType!.MediaType);
        Assert.Equal("1.2.840.10008.1.2.1", reader.RelatedType.GetParameter("transfer-syntax"));
        var part = Assert.Single(parts);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, part.Body);
        Assert.Equal(4, part.Part.ContentLength);
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    public async Task Reads_a_70_character_boundary_using_every_rfc_2046_character(ReadMode mode)
    {
        var boundary = "'()+_,-./:=? " + new string('b', 46) + "0123456789Z";
        Assert.Equal(70, boundary.Length);
        var contentType = new MediaTypeWithParameters("multipart/related", [new("type", "application/dicom"), new("boundary", boundary)]).ToString();
        Assert.Contains("boundary=\"", contentType);
        var body = $"--{boundary}\r\nContent-Type: application/dicom\r\n\r\nx\r\n--{boundary}--";

        var parts = await ReadAllAsync(body, contentType, mode);

        Assert.Equal("x", Assert.Single(parts).Text);
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Skips_the_preamble_and_ignores_the_epilogue(ReadMode mode)
    {
        var body =
            "This is a preamble.\r\nIt mentions --simple-boundar and -simple-boundary but no delimiter.\r\n" +
            "--simple-boundary\r\n" +
            "Content-Type: text/plain\r\n" +
            "\r\n" +
            "payload\r\n" +
            "--simple-boundary--\r\n" +
            "This epilogue is ignored.\r\n--simple-boundary\r\nContent-Type: text/plain\r\n\r\nnot a part\r\n";

        var parts = await ReadAllAsync(body, ContentType, mode);

        Assert.Equal("payload", Assert.Single(parts).Text);
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Tolerates_bare_line_feeds(ReadMode mode)
    {
        var body =
            "--simple-boundary\n" +
            "Content-Type: text/plain\n" +
            "\n" +
            "one\rtwo\n" +
            "--simple-boundary\n" +
            "content-type: text/plain\n" +
            "\n" +
            "\n" +
            "--simple-boundary--\n";

        var parts = await ReadAllAsync(body, ContentType, mode);

        Assert.Equal(["one\rtwo", ""], parts.Select(p => p.Text));
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Frames_a_part_by_its_content_length_even_when_it_holds_the_delimiter(ReadMode mode)
    {
        var inner = "abc\r\n--simple-boundary\r\nstill the same part";
        var body =
            "--simple-boundary\r\n" +
            $"Content-Length: {inner.Length}\r\n" +
            "\r\n" +
            inner + "\r\n" +
            "--simple-boundary\r\n" +
            "\r\n" +
            "no headers, no length\r\n" +
            "--simple-boundary--";

        var parts = await ReadAllAsync(body, ContentType, mode);

        Assert.Equal([inner, "no headers, no length"], parts.Select(p => p.Text));
        Assert.Equal(inner.Length, parts[0].Part.ContentLength);
        Assert.Null(parts[1].Part.ContentLength);
        Assert.Null(parts[1].Part.ContentType);
        Assert.Empty(parts[1].Part.Headers);
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Reads_empty_parts_with_and_without_content_length(ReadMode mode)
    {
        var body =
            "--simple-boundary\r\nContent-Length: 0\r\n\r\n\r\n" +
            "--simple-boundary\r\nContent-Type: application/dicom\r\n\r\n\r\n" +
            "--simple-boundary--\r\n";

        var parts = await ReadAllAsync(body, ContentType, mode);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Empty(p.Body));
    }

    [Theory]
    [InlineData("--simple-boundary--\r\n")]
    [InlineData("--simple-boundary--")]
    [InlineData("preamble\r\n--simple-boundary--\r\nepilogue")]
    public async Task Reads_a_body_with_no_parts(string body)
    {
        foreach (var mode in Enum.GetValues<ReadMode>())
        {
            Assert.Empty(await ReadAllAsync(body, ContentType, mode));
        }
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Keeps_boundary_like_text_that_is_not_a_delimiter(ReadMode mode)
    {
        var tricky =
            "--simple-boundaryX\r\n" +
            "\r\n--simple-boundaryX\r\n" +
            "\r\n--simple-boundary-X\r\n" +
            "\r\n--simple-boundar\r\n" +
            "\r\n--simple-boundar" +
            "\r\r\n-simple-boundary\r\n" +
            "\n-\n--\n--simple\r\n\r\n" +
            "\r\n--simple-boundary\rX" +
            "ends with a carriage return\r";
        var body = $"--simple-boundary\r\n\r\n{tricky}\r\n--simple-boundary--";

        var parts = await ReadAllAsync(body, ContentType, mode);

        Assert.Equal(tricky, Assert.Single(parts).Text);
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    public async Task Accepts_transport_padding_after_a_delimiter(ReadMode mode)
    {
        var body = "--simple-boundary \t \r\n\r\none\r\n--simple-boundary\t\r\n\r\ntwo\r\n--simple-boundary--  \r\n";

        var parts = await ReadAllAsync(body, ContentType, mode);

        Assert.Equal(["one", "two"], parts.Select(p => p.Text));
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Reads_headers_in_any_case_with_folding_and_repeats(ReadMode mode)
    {
        var body =
            "--simple-boundary\r\n" +
            "CONTENT-TYPE:application/dicom;\r\n" +
            "\ttransfer-syntax=\"1.2.840.10008.1.2.4.90\"\r\n" +
            "content-location :   /a/b   \r\n" +
            "X-Note: one\r\n" +
            "x-note: two\r\n" +
            "X-Empty:\r\n" +
            "\r\n" +
            "body\r\n" +
            "--simple-boundary--";

        var part = Assert.Single(await ReadAllAsync(body, ContentType, mode)).Part;

        Assert.Equal("application/dicom", part.ContentType!.MediaType);
        Assert.Equal("1.2.840.10008.1.2.4.90", part.ContentType.GetParameter("transfer-syntax"));
        Assert.Equal("/a/b", part.ContentLocation);
        Assert.Equal("one, two", part.Headers["X-NOTE"]);
        Assert.Equal("", part.Headers["x-empty"]);
    }

    [Fact]
    public async Task Finds_a_delimiter_and_boundary_like_text_at_every_position_around_a_buffer_edge()
    {
        var options = new MultipartReaderOptions { BufferSize = 1280, MaxHeaderBlockSize = 256 };
        const string Decoy = "\r\n--simple-boundar";
        for (var length = 1100; length < 1400; length++)
        {
            var filler = new string('f', length);
            var first = filler + Decoy + "y end";
            var second = Decoy + filler[..(length / 3)];
            var body = $"--simple-boundary\r\n\r\n{first}\r\n--simple-boundary\r\n\r\n{second}\r\n--simple-boundary--";
            foreach (var mode in Enum.GetValues<ReadMode>())
            {
                var parts = await ReadAllAsync(body, ContentType, mode, options);

                Assert.Equal([first, second], parts.Select(p => p.Text));
            }
        }
    }

    [Theory]
    [InlineData(ReadMode.WholeAsync)]
    [InlineData(ReadMode.OneBytePerReadAsync)]
    [InlineData(ReadMode.SmallChunksSync)]
    public async Task Skips_what_is_left_of_a_part_when_asked_for_the_next(ReadMode mode)
    {
        var big = new string('a', 200_000);
        var body =
            $"--simple-boundary\r\n\r\n{big}\r\n" +
            $"--simple-boundary\r\nContent-Length: {big.Length}\r\n\r\n{big}\r\n" +
            "--simple-boundary\r\n\r\nlast\r\n--simple-boundary--";
        await using var reader = new MultipartRelatedReader(Feed(Bytes(body), mode), Boundary);

        var first = await reader.ReadNextPartAsync(CancellationToken.None);
        var start = new byte[10];
        await first!.Body.ReadExactlyAsync(start);
        var second = await reader.ReadNextPartAsync(CancellationToken.None);
        var third = await reader.ReadNextPartAsync(CancellationToken.None);
        using var text = new StreamReader(third!.Body);

        Assert.Equal("last", await text.ReadToEndAsync());
        Assert.Null(await reader.ReadNextPartAsync(CancellationToken.None));
        Assert.Equal(3, third.Number);
        Assert.Throws<InvalidOperationException>(() => first.Body.ReadByte());
        Assert.Throws<InvalidOperationException>(() => second!.Body.ReadByte());
        Assert.Equal(-1, third.Body.ReadByte());
    }

    [Fact]
    public async Task Reads_a_part_with_content_length_straight_into_a_large_caller_buffer()
    {
        var content = new byte[300_000];
        new Random(7).NextBytes(content);
        using var body = new MemoryStream();
        body.Write(Bytes($"--simple-boundary\r\nContent-Length: {content.Length}\r\n\r\n"));
        body.Write(content);
        body.Write(Bytes("\r\n--simple-boundary--"));
        body.Position = 0;
        await using var reader = new MultipartRelatedReader(body, Boundary);

        var part = await reader.ReadNextPartAsync(CancellationToken.None);
        var read = new MemoryStream();
        var buffer = new byte[100_000];
        int count;
        while ((count = part!.Body.Read(buffer)) > 0)
        {
            read.Write(buffer, 0, count);
        }

        Assert.Equal(content, read.ToArray());
        Assert.Null(await reader.ReadNextPartAsync(CancellationToken.None));
        Assert.Equal(body.Length, reader.BytesConsumed);
    }

    [Fact]
    public async Task A_part_stream_is_forward_only()
    {
        await using var reader = new MultipartRelatedReader(new MemoryStream(Bytes("--b\r\n\r\nx\r\n--b--")), "b");
        var part = await reader.ReadNextPartAsync(CancellationToken.None);

        Assert.False(part!.Body.CanSeek);
        Assert.True(part.Body.CanRead);
        Assert.Throws<NotSupportedException>(() => part.Body.Length);
        Assert.Throws<NotSupportedException>(() => part.Body.Seek(0, SeekOrigin.Begin));
        part.Body.Dispose();
        Assert.Throws<ObjectDisposedException>(() => part.Body.ReadByte());
        Assert.Null(await reader.ReadNextPartAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Disposing_the_reader_disposes_the_body_unless_told_to_leave_it_open()
    {
        var owned = new MemoryStream(Bytes("--b--"));
        var kept = new MemoryStream(Bytes("--b--"));

        await using (new MultipartRelatedReader(owned, "b"))
        {
        }
        using (new MultipartRelatedReader(kept, "b", new MultipartReaderOptions { LeaveOpen = true }))
        {
        }

        Assert.False(owned.CanRead);
        Assert.True(kept.CanRead);
    }

    [Fact]
    public async Task Honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var reader = new MultipartRelatedReader(new TrickleStream(Bytes("--b\r\n\r\nx\r\n--b--"), 1), "b");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.ReadNextPartAsync(cancelled.Token));
    }

    [Fact]
    public async Task Reads_binary_bodies_with_every_byte_value()
    {
        var content = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(Encoding.ASCII.GetBytes("\r\n--b\r")).ToArray();
        var body = Bytes("--b\r\n\r\n").Concat(content).Concat(Bytes("\r\n--b--")).ToArray();
        foreach (var mode in Enum.GetValues<ReadMode>())
        {
            var parts = await ReadAllAsync(body, "multipart/related; type=application/octet-stream; boundary=b", mode);

            Assert.Equal(content, Assert.Single(parts).Body);
        }
    }
}
