using System.Collections.Generic;
using DicomTyped.Multipart;
using Xunit;

namespace DicomTyped.Tests.Multipart;

/// <summary>The one multipart/related framing the client's request bodies and the server's retrieve responses share.</summary>
public sealed class MultipartFramingTests
{
    [Fact]
    public void The_first_part_opens_with_the_delimiter_line_and_its_headers_in_order()
    {
        var opening = MultipartFraming.PartOpening("b0", first: true, "application/dicom", 42, "http://x/i/1", [new("X-Note", "n")]);

        Assert.Equal("--b0\r\nContent-Type: application/dicom\r\nContent-Length: 42\r\nContent-Location: http://x/i/1\r\nX-Note: n\r\n\r\n", opening);
    }

    [Fact]
    public void A_later_part_owns_the_CRLF_before_its_delimiter_and_leaves_out_unknown_headers()
    {
        var opening = MultipartFraming.PartOpening("b0", first: false, "application/octet-stream", contentLength: null, contentLocation: null);

        Assert.Equal("\r\n--b0\r\nContent-Type: application/octet-stream\r\n\r\n", opening);
    }

    [Theory]
    [InlineData(true, "\r\n--b0--\r\n")]
    [InlineData(false, "--b0--\r\n")]
    public void The_closing_delimiter_has_a_leading_CRLF_only_after_a_part(bool anyPart, string expected)
    {
        Assert.Equal(expected, MultipartFraming.Closing("b0", anyPart));
    }
}
