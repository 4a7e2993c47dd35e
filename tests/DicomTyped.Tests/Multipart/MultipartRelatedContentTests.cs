using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using DicomTyped.Tests.Multipart.Support;
using Xunit;

namespace DicomTyped.Tests.Multipart;

public sealed class MultipartRelatedContentTests
{
    [Fact]
    public async Task Writes_parts_framed_as_ps3_18_describes()
    {
        using var content = new MultipartRelatedContent("application/dicom", "b0undary");
        content.Add(new MemoryStream(Encoding.ASCII.GetBytes("first")), "application/dicom", "/studies/1");
        content.Add(_ => Task.FromResult<Stream>(new MemoryStream(Encoding.ASCII.GetBytes("second"))), "application/dicom; transfer-syntax=1.2.840.10008.1.2.1")
            .AddHeader("X-Note", "hello");

        var text = Encoding.ASCII.GetString(await Serialize(content));

        Assert.Equal(
            "--b0undary\r\nContent-Type: application/dicom\r\nContent-Length: 5\r\nContent-Location: /studies/1\r\n\r\nfirst" +
            "\r\n--b0undary\r\nContent-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.1\r\nX-Note: hello\r\n\r\nsecond" +
            "\r\n--b0undary--\r\n",
            text);
        Assert.Equal("multipart/related; type=\"application/dicom\"; boundary=b0undary", content.Headers.ContentType!.ToString());
    }

    [Fact]
    public void Makes_a_fresh_valid_boundary_for_each_body()
    {
        using var first = new MultipartRelatedContent("application/dicom");
        using var second = new MultipartRelatedContent("application/dicom");

        Assert.NotEqual(first.Boundary, second.Boundary);
        Assert.InRange(first.Boundary.Length, 27, 70);
        Assert.All(first.Boundary, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == '-'));
        Assert.Equal(first.Boundary, MediaTypeWithParameters.Parse(first.Headers.ContentType!.ToString()).GetParameter("boundary"));
    }

    [Fact]
    public void Quotes_a_boundary_that_is_not_a_token()
    {
        using var content = new MultipartRelatedContent("application/dicom", "a b:c=d");

        var header = content.Headers.ContentType!.ToString();

        Assert.Contains("boundary=\"a b:c=d\"", header);
        Assert.Equal("a b:c=d", MediaTypeWithParameters.Parse(header).GetParameter("boundary"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ends with space ")]
    [InlineData("semi;colon")]
    [InlineData("quote\"")]
    public void Refuses_an_invalid_boundary(string boundary)
    {
        Assert.Throws<ArgumentException>(() => new MultipartRelatedContent("application/dicom", boundary));
    }

    [Fact]
    public void Refuses_a_boundary_over_70_characters_and_a_type_that_is_not_a_media_type()
    {
        Assert.Throws<ArgumentException>(() => new MultipartRelatedContent("application/dicom", new string('a', 71)));
        Assert.Throws<ArgumentException>(() => new MultipartRelatedContent("dicom"));
        using var content = new MultipartRelatedContent("application/dicom");
        Assert.Throws<ArgumentException>(() => content.Add(new MemoryStream(), "dicom"));
        Assert.Throws<ArgumentException>(() => content.Add(new MemoryStream(), "application/dicom", "/a\r\nX-Injected: 1"));
        Assert.Throws<ArgumentException>(() => content.Add(new MemoryStream(), "application/dicom").AddHeader("X-Note", "a\nb"));
        Assert.Throws<ArgumentException>(() => content.Add(new MemoryStream(), "application/dicom").AddHeader("Content-Length", "3"));
    }

    [Fact]
    public async Task Computes_the_exact_length_when_every_part_length_is_known()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, new byte[12_345]);
            using var content = new MultipartRelatedContent("application/dicom");
            content.AddFile(file, "application/dicom", "/files/1");
            content.Add(new MemoryStream(new byte[100]), "application/octet-stream");
            content.Add(_ => Task.FromResult<Stream>(new MemoryStream(new byte[7])), "application/dicom", length: 7);
            content.Add(new MemoryStream(), "application/dicom");

            var length = content.Headers.ContentLength;

            Assert.Equal((await Serialize(content)).LongLength, length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Computes_no_length_when_a_part_length_is_unknown()
    {
        using var content = new MultipartRelatedContent("application/dicom");
        content.Add(new MemoryStream(new byte[10]), "application/dicom");
        content.Add(_ => Task.FromResult<Stream>(new MemoryStream()), "application/dicom");

        Assert.Null(content.Headers.ContentLength);
    }

    [Fact]
    public async Task Writes_a_body_with_no_parts_that_reads_back_empty()
    {
        using var content = new MultipartRelatedContent("application/dicom", "b");

        var body = await Serialize(content);

        Assert.Equal("--b--\r\n", Encoding.ASCII.GetString(body));
        Assert.Equal(body.Length, content.Headers.ContentLength);
        await using var reader = MultipartRelatedReader.Create(new MemoryStream(body), content.Headers.ContentType!.ToString());
        Assert.Null(await reader.ReadNextPartAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Opens_a_file_only_when_sending_and_fails_if_its_size_changed()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "before");
            using var content = new MultipartRelatedContent("application/dicom", "b");
            content.AddFile(file, "application/dicom");
            await File.WriteAllTextAsync(file, "after!");

            Assert.Contains("after!", Encoding.ASCII.GetString(await Serialize(content)));

            await File.WriteAllTextAsync(file, "much longer now");
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Serialize(content));
            Assert.Contains("announced as 6 bytes", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Refuses_a_file_that_does_not_exist()
    {
        using var content = new MultipartRelatedContent("application/dicom");

        Assert.Throws<FileNotFoundException>(() => content.AddFile("/no/such/file.dcm", "application/dicom"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    public async Task Refuses_to_send_a_part_whose_source_disagrees_with_its_declared_length(int actual)
    {
        using var content = new MultipartRelatedContent("application/dicom", "b");
        content.Add(_ => Task.FromResult<Stream>(new MemoryStream(new byte[actual])), "application/dicom", length: 10);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Serialize(content));

        Assert.Contains("announced as 10 bytes", error.Message);
    }

    [Fact]
    public async Task Opens_a_factory_stream_for_each_send_and_disposes_it()
    {
        var pattern = new PatternBytes("b");
        var opened = new System.Collections.Generic.List<PatternStream>();
        using var content = new MultipartRelatedContent("application/octet-stream", "b");
        content.Add(_ =>
        {
            var stream = new PatternStream(pattern, 1000, 0);
            opened.Add(stream);
            return Task.FromResult<Stream>(stream);
        }, "application/octet-stream", length: 1000);

        var first = await Serialize(content);
        var second = await Serialize(content);

        Assert.Equal(first, second);
        Assert.Equal(2, opened.Count);
        Assert.All(opened, stream => Assert.True(stream.WasDisposed));
    }

    [Fact]
    public async Task Rewinds_a_seekable_stream_for_a_retry_but_sends_a_forward_only_one_once()
    {
        using var seekable = new MultipartRelatedContent("application/dicom", "b");
        var stream = new MemoryStream(Encoding.ASCII.GetBytes("xxdata"));
        stream.Position = 2;
        seekable.Add(stream, "application/dicom");
        Assert.Equal(await Serialize(seekable), await Serialize(seekable));
        Assert.Contains("Content-Length: 4", Encoding.ASCII.GetString(await Serialize(seekable)));

        using var forwardOnly = new MultipartRelatedContent("application/dicom", "b");
        forwardOnly.Add(new TrickleStream(Encoding.ASCII.GetBytes("data"), 2), "application/dicom");
        Assert.Contains("data", Encoding.ASCII.GetString(await Serialize(forwardOnly)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Serialize(forwardOnly));
    }

    [Fact]
    public void Disposes_the_streams_it_was_given()
    {
        var stream = new MemoryStream(new byte[3]);
        using (var content = new MultipartRelatedContent("application/dicom"))
        {
            content.Add(stream, "application/dicom");
        }

        Assert.False(stream.CanRead);
    }

    [Fact]
    public void Refuses_new_parts_once_its_length_has_been_computed()
    {
        using var content = new MultipartRelatedContent("application/dicom");
        content.Add(new MemoryStream(new byte[3]), "application/dicom");
        _ = content.Headers.ContentLength;

        Assert.Throws<InvalidOperationException>(() => content.Add(new MemoryStream(), "application/dicom"));
    }

    [Fact]
    public async Task Stops_when_cancelled_while_copying()
    {
        using var content = new MultipartRelatedContent("application/octet-stream");
        content.Add(_ => Task.FromResult<Stream>(new PatternStream(new PatternBytes("b"), long.MaxValue / 2, 0)), "application/octet-stream");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => content.CopyToAsync(Stream.Null, cancellation.Token));
    }

    [Fact]
    public async Task Reads_back_what_it_writes()
    {
        var random = new Random(11);
        var bodies = Enumerable.Range(0, 20).Select(i => { var b = new byte[random.Next(0, 300_000)]; random.NextBytes(b); return b; }).ToArray();
        using var content = new MultipartRelatedContent("application/dicom");
        for (var i = 0; i < bodies.Length; i++)
        {
            var part = i % 3 == 0
                ? content.Add(new TrickleStream(bodies[i], 70_000), "application/dicom", $"/instances/{i}")
                : content.Add(new MemoryStream(bodies[i]), "application/dicom", $"/instances/{i}");
            part.AddHeader("X-Index", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var body = await Serialize(content);
        await using var reader = MultipartRelatedReader.Create(new MemoryStream(body), content.Headers.ContentType!.ToString());
        var parts = await MultipartBodies.DrainAsync(reader, ReadMode.WholeAsync);

        Assert.Equal(bodies.Length, parts.Count);
        for (var i = 0; i < bodies.Length; i++)
        {
            Assert.Equal(bodies[i], parts[i].Body);
            Assert.Equal($"/instances/{i}", parts[i].Part.ContentLocation);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), parts[i].Part.Headers["x-index"]);
            Assert.Equal(i % 3 == 0 ? null : bodies[i].Length, parts[i].Part.ContentLength);
        }
        Assert.Equal("application/dicom", reader.RelatedType!.MediaType);
    }

    private static async Task<byte[]> Serialize(HttpContent content)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, CancellationToken.None);
        return buffer.ToArray();
    }
}
