using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Multipart;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Deterministic fuzzing (fixed seeds, 24,000 inputs per reader): mutated change-feed pages, store responses, Warning
/// headers and multipart header blocks. Each reader may succeed or throw its one documented exception, nothing else.
/// </summary>
public sealed class ResponseReaderFuzzTests
{
    private const int Inputs = 24_000;

    private static readonly string[] ChangeFeedSeeds =
    [
        "[]",
        "[{\"Sequence\":1,\"StudyInstanceUid\":\"1.2\",\"SeriesInstanceUid\":\"1.2.3\",\"SopInstanceUid\":\"1.2.3.4\",\"Action\":\"Create\",\"Timestamp\":\"2024-01-01T00:00:00Z\",\"State\":\"Current\",\"Metadata\":{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"DOE^JOHN\"}]},\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3.4\"]}}}]",
        "[{\"Sequence\":2,\"Action\":\"Delete\",\"State\":\"Deleted\",\"Timestamp\":\"2024-01-01T00:00:00+01:00\",\"Metadata\":null}]",
        "[{\"sequence\":3,\"action\":\"Update\",\"metadata\":{\"00081199\":{\"vr\":\"SQ\",\"Value\":[{\"00081155\":{\"vr\":\"UI\",\"Value\":[\"1.2\"]}}]},\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":\"AAEC\"}}}]",
    ];

    private static readonly string[] StoreSeeds =
    [
        "{}",
        "{\"00081190\":{\"vr\":\"UR\",\"Value\":[\"http://a/studies/1.2\"]},\"00081199\":{\"vr\":\"SQ\",\"Value\":[{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.5.1.4.1.1.7\"]},\"00081155\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},\"00081190\":{\"vr\":\"UR\",\"Value\":[\"http://a/studies/1.2/series/1.2.3/instances/1.2.3.4\"]},\"00081196\":{\"vr\":\"US\",\"Value\":[45063]}}]}}",
        "{\"00081198\":{\"vr\":\"SQ\",\"Value\":[{\"00081155\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},\"00081197\":{\"vr\":\"US\",\"Value\":[\"272\"]},\"00741048\":{\"vr\":\"SQ\",\"Value\":[{\"00000902\":{\"vr\":\"LO\",\"Value\":[\"bad DA\"]}}]}}]}}",
        "[{\"00081198\":{\"vr\":\"SQ\",\"Value\":[]}}]",
    ];

    private static readonly string[] WarningSeeds =
    [
        "299 {+service}: There are 42 additional results that can be requested",
        "299 dicom: The fuzzy matching parameter is not supported. Only exact matching is supported.",
        "299 -: 9223372036854775807 ADDITIONAL\tResults",
        "199 - \"Miscellaneous warning\"",
    ];

    private static readonly string[] HeaderSeeds =
    [
        "Content-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.1\r\nContent-Location: http://a/b\r\nContent-Length: 12",
        "content-type: application/octet-stream\n\tcontinued\nX-A: 1\nX-A: 2",
        "Content-ID: <1@x>\r\nContent-Description:   spaced   \r\n",
    ];

    // Fragments a hostile or broken server plausibly sends: escapes, lone surrogates, deep nesting, wrong kinds.
    private static readonly string[] Fragments =
    [
        "\\uD800", "\\uDC00x", "\\u0000", "\"", "\\", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "1e999", "99999999999999999999",
        "\"Value\":", "\"vr\":\"SQ\"", "\"vr\":\"\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\xC3\x28", "\xFF", "\r\n", "\n ", ":",
        "\"Timestamp\":\"not a time\"", "\"Action\":\"Explode\"", "\"Sequence\":1.5", "\"InlineBinary\":\"@@@\"", "\"BulkDataURI\":7",
    ];

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var position = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[Math.Min(position, bytes.Count - 1)] = (byte)random.Next(256);
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(Math.Min(position, bytes.Count - 1), Math.Min(1 + random.Next(8), bytes.Count - Math.Min(position, bytes.Count - 1)));
                    break;
                case 2:
                    bytes.InsertRange(position, Encoding.Latin1.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 3:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
                case 4 when bytes.Count > 0:
                    var start = random.Next(bytes.Count);
                    var length = Math.Min(1 + random.Next(32), bytes.Count - start);
                    bytes.InsertRange(position, bytes.GetRange(start, length));
                    break;
                default:
                    bytes.Insert(position, (byte)random.Next(256));
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static (int Accepted, int Refused) Fuzz<TDocumented>(string[] seeds, int seed, Action<byte[]> read)
        where TDocumented : Exception
    {
        var random = new Random(seed);
        var encoded = Array.ConvertAll(seeds, Encoding.Latin1.GetBytes);
        var accepted = 0;
        var refused = 0;
        for (var n = 0; n < Inputs; n++)
        {
            var input = Mutate(encoded[n % encoded.Length], random);
            try
            {
                read(input);
                accepted++;
            }
            catch (TDocumented)
            {
                refused++;
            }
            catch (Exception exception)
            {
                Assert.Fail($"Input {n} ({Convert.ToBase64String(input)}) threw {exception.GetType().Name}: {exception.Message}");
            }
        }
        Assert.Equal(Inputs, accepted + refused);
        return (accepted, refused);
    }

    [Fact]
    public void Change_feed_pages_either_read_or_throw_DicomWebInvalidResponseException()
    {
        var (accepted, refused) = Fuzz<DicomWebInvalidResponseException>(ChangeFeedSeeds, 7001, input => ChangeFeedReader.ReadPage(input, null));
        Assert.True(accepted > 0 && refused > 0, $"{accepted} accepted, {refused} refused: the mutations must reach both outcomes");
    }

    [Fact]
    public void Latest_change_entries_either_read_or_throw_DicomWebInvalidResponseException()
    {
        var seeds = Array.ConvertAll(ChangeFeedSeeds, s => s.Length > 2 ? s[1..^1] : "null");
        var (accepted, refused) = Fuzz<DicomWebInvalidResponseException>(seeds, 7002, input => ChangeFeedReader.ReadLatest(input, null));
        Assert.True(accepted > 0 && refused > 0, $"{accepted} accepted, {refused} refused");
    }

    [Fact]
    public void Store_responses_either_read_or_throw_DicomWebInvalidResponseException()
    {
        var (accepted, refused) = Fuzz<DicomWebInvalidResponseException>(StoreSeeds, 7003, input => StoreResponseReader.Read(HttpStatusCode.OK, input, []));
        Assert.True(accepted > 0 && refused > 0, $"{accepted} accepted, {refused} refused");
    }

    [Fact]
    public void Warning_headers_never_throw()
    {
        // The Warning parser has no exception to throw: any text is either a count or not.
        var (accepted, _) = Fuzz<DicomTypedException>(WarningSeeds, 7004, input => ResponseWarnings.RemainingCount([Encoding.Latin1.GetString(input)]));
        Assert.Equal(Inputs, accepted);
    }

    [Fact]
    public void Multipart_header_blocks_either_parse_or_throw_MultipartException()
    {
        var (accepted, refused) = Fuzz<MultipartException>(HeaderSeeds, 7005, input => MultipartHeaderParser.Parse(input, 0, 1));
        Assert.True(accepted > 0 && refused > 0, $"{accepted} accepted, {refused} refused");
    }

    [Fact]
    public void Error_bodies_never_throw_from_the_parser()
    {
        var seeds = new[] { "{\"error\":{\"code\":\"x\",\"message\":\"y\"}}", StoreSeeds[2], "plain text", "{\"Message\":\"m\",\"Details\":\"d\"}" };
        var (accepted, _) = Fuzz<DicomTypedException>(seeds, 7006, input => DicomWebErrorBodyParser.Parse(Encoding.UTF8.GetString(input)));
        Assert.Equal(Inputs, accepted);
    }
}
