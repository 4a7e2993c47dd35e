using System;
using System.Collections.Generic;
using DicomTyped.Multipart;
using Xunit;

namespace DicomTyped.Tests.Multipart;

public sealed class MediaTypeWithParametersTests
{
    [Fact]
    public void Parses_a_stow_content_type_with_a_quoted_type()
    {
        var parsed = MediaTypeWithParameters.Parse("multipart/related; type=\"application/dicom\"; boundary=abc123");

        Assert.Equal("multipart/related", parsed.MediaType);
        Assert.Equal("multipart", parsed.Type);
        Assert.Equal("related", parsed.Subtype);
        Assert.Equal("application/dicom", parsed.GetParameter("type"));
        Assert.Equal("abc123", parsed.GetParameter("BOUNDARY"));
        Assert.True(parsed.IsMediaType("Multipart/Related"));
    }

    [Fact]
    public void Keeps_parameters_inside_a_quoted_type_as_orthanc_sends_them()
    {
        var parsed = MediaTypeWithParameters.Parse(
            "multipart/related;type=\"application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\";boundary=0f1e2d");

        var type = parsed.GetParameter("type");
        Assert.Equal("application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", type);
        var inner = MediaTypeWithParameters.Parse(type!);
        Assert.Equal("application/octet-stream", inner.MediaType);
        Assert.Equal("1.2.840.10008.1.2.1", inner.GetParameter("transfer-syntax"));
        Assert.Equal("0f1e2d", parsed.GetParameter("boundary"));
    }

    [Fact]
    public void Unescapes_quoted_pairs()
    {
        var parsed = MediaTypeWithParameters.Parse("text/plain; title=\"a \\\"quoted\\\" \\\\ word; with semicolon\"");

        Assert.Equal("a \"quoted\" \\ word; with semicolon", parsed.GetParameter("title"));
    }

    [Theory]
    [InlineData("multipart/related; type=\"application/dicom\"; transfer-syntax=*")]
    [InlineData("multipart/related ;  type = \"application/dicom\" ;; transfer-syntax=*  ")]
    public void Tolerates_whitespace_and_empty_parameters(string text)
    {
        var parsed = MediaTypeWithParameters.Parse(text);

        Assert.Equal(2, parsed.Parameters.Count);
        Assert.Equal("*", parsed.GetParameter("transfer-syntax"));
    }

    [Fact]
    public void Reads_unquoted_values_with_characters_a_token_may_not_hold()
    {
        var parsed = MediaTypeWithParameters.Parse("multipart/related; boundary=abc/def=ghi");

        Assert.Equal("abc/def=ghi", parsed.GetParameter("boundary"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("application")]
    [InlineData("application/")]
    [InlineData("/dicom")]
    [InlineData("application/dicom; type")]
    [InlineData("application/dicom; =x")]
    [InlineData("application/dicom; type=\"unterminated")]
    [InlineData("application/dicom x")]
    public void Refuses_what_is_not_a_media_type(string text)
    {
        var error = Assert.Throws<FormatException>(() => MediaTypeWithParameters.Parse(text));
        Assert.Contains("position", error.Message);
        Assert.False(MediaTypeWithParameters.TryParse(text, out _));
    }

    [Fact]
    public void Formats_back_with_quotes_and_escapes_where_needed()
    {
        var mediaType = new MediaTypeWithParameters("multipart/related", [
            new("type", "application/dicom"),
            new("transfer-syntax", "*"),
            new("title", "say \"hi\""),
        ]);

        var text = mediaType.ToString();

        Assert.Equal("multipart/related; type=\"application/dicom\"; transfer-syntax=*; title=\"say \\\"hi\\\"\"", text);
        Assert.Equal("say \"hi\"", MediaTypeWithParameters.Parse(text).GetParameter("title"));
    }

    [Fact]
    public void WithParameter_replaces_a_value_whatever_the_case_of_its_name()
    {
        var mediaType = MediaTypeWithParameters.Parse("application/dicom; Transfer-Syntax=1.2.840.10008.1.2.1");

        var changed = mediaType.WithParameter("transfer-syntax", "*");

        Assert.Single(changed.Parameters);
        Assert.Equal("*", changed.GetParameter("TRANSFER-SYNTAX"));
    }

    [Fact]
    public void ParseList_splits_on_commas_outside_quotes()
    {
        var list = MediaTypeWithParameters.ParseList(
            "multipart/related; type=\"application/dicom\"; transfer-syntax=*, application/json; note=\"a, b\" ,, */*");

        Assert.Equal(3, list.Count);
        Assert.Equal("*", list[0].GetParameter("transfer-syntax"));
        Assert.Equal("a, b", list[1].GetParameter("note"));
        Assert.Equal("*/*", list[2].MediaType);
    }

    [Fact]
    public void Refuses_a_media_type_without_a_subtype_on_construction()
    {
        Assert.Throws<ArgumentException>(() => new MediaTypeWithParameters("dicom"));
        Assert.Throws<ArgumentException>(() => new MediaTypeWithParameters("a/b", [new KeyValuePair<string, string>("bad name", "x")]));
    }
}
