using System;
using DicomTyped.Http;
using Xunit;

namespace DicomTyped.Tests.Http;

public class DicomAcceptHeaderTests
{
    // The header text of each walk-through step (reference section 1).
    [Fact]
    public void Store_metadata_and_search_ask_for_dicom_json() =>
        Assert.Equal("application/dicom+json", DicomAcceptHeader.DicomJson.ToString());

    [Fact]
    public void Study_and_series_retrieve_ask_for_multipart_dicom_as_stored() =>
        Assert.Equal("multipart/related; type=\"application/dicom\"; transfer-syntax=*", DicomAcceptHeader.MultipartDicom.ToString());

    [Fact]
    public void Instance_retrieve_asks_for_a_single_part10_file_as_stored() =>
        Assert.Equal("application/dicom; transfer-syntax=*", DicomAcceptHeader.DicomFile.ToString());

    [Fact]
    public void Frames_ask_for_multipart_octet_stream_as_stored() =>
        Assert.Equal("multipart/related; type=\"application/octet-stream\"; transfer-syntax=*", DicomAcceptHeader.MultipartFrames.ToString());

    [Fact]
    public void Rendered_asks_for_an_image_without_transfer_syntax()
    {
        Assert.Equal("image/jpeg", DicomAcceptHeader.Jpeg.ToString());
        Assert.Equal("image/png", DicomAcceptHeader.Single(DicomMediaType.Png, "1.2.840.10008.1.2.1").ToString());
    }

    [Fact]
    public void A_transfer_syntax_uid_replaces_the_star()
    {
        Assert.Equal("multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.1",
            DicomAcceptHeader.Multipart(DicomMediaType.Dicom, "1.2.840.10008.1.2.1").ToString());
        Assert.Equal("multipart/related; type=\"image/jp2\"; transfer-syntax=1.2.840.10008.1.2.4.90",
            DicomAcceptHeader.Multipart(DicomMediaType.Jpeg2000, "1.2.840.10008.1.2.4.90").ToString());
    }

    [Fact]
    public void Null_transfer_syntax_sends_no_parameter() =>
        Assert.Equal("application/dicom", DicomAcceptHeader.Single(DicomMediaType.Dicom, transferSyntax: null).ToString());

    [Fact]
    public void One_range_unless_a_list_is_asked_for()
    {
        Assert.Single(DicomAcceptHeader.MultipartDicom.Ranges);
        var list = DicomAcceptHeader.AnyOf(
            DicomMediaRange.Multipart(DicomMediaType.Jpeg2000, "1.2.840.10008.1.2.4.90"),
            DicomMediaRange.Multipart(DicomMediaType.OctetStream).WithQuality(0.5));
        Assert.Equal("multipart/related; type=\"image/jp2\"; transfer-syntax=1.2.840.10008.1.2.4.90, multipart/related; type=\"application/octet-stream\"; transfer-syntax=*; q=0.5", list.ToString());
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.1; q=1")]
    [InlineData("*, image/png")]
    [InlineData("1..2")]
    [InlineData("")]
    public void A_transfer_syntax_that_is_not_a_uid_is_refused(string transferSyntax) =>
        Assert.Throws<ArgumentException>(() => DicomAcceptHeader.Single(DicomMediaType.Dicom, transferSyntax));

    [Fact]
    public void Frame_lists_are_digits_and_commas()
    {
        Assert.Equal("1,2,3", DicomFrameList.Of(1, 2, 3).ToString());
        Assert.Equal("7", ((DicomFrameList)7).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => DicomFrameList.Of(0));
        Assert.Throws<ArgumentException>(() => DicomFrameList.Of());
    }
}
