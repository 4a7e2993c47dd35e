using System;
using System.Collections.Generic;
using System.Linq;
using DicomTyped.Multipart;
using DicomTyped.Server.Errors;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Negotiation;

/// <summary>Parses <c>Accept</c> (every header line, comma-separated media ranges with parameters) for the endpoints.</summary>
internal static class AcceptHeader
{
    /// <summary>
    /// The media ranges of the request in order of preference (<c>q</c> descending, ties in the order sent); <c>*/*</c>
    /// when the request has no Accept header.
    /// </summary>
    /// <exception cref="DicomWebRequestException">400: a range cannot be parsed.</exception>
    public static IReadOnlyList<MediaTypeWithParameters> Parse(HttpRequest request)
    {
        var ranges = new List<MediaTypeWithParameters>();
        foreach (var line in request.Headers.Accept)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                ranges.AddRange(MediaTypeWithParameters.ParseList(line));
            }
            catch (FormatException e)
            {
                throw DicomWebRequestException.BadRequest($"The Accept header '{line}' cannot be parsed: {e.Message}");
            }
        }
        if (ranges.Count == 0)
        {
            ranges.Add(MediaTypeWithParameters.Parse("*/*"));
        }
        return ranges.Select((range, index) => (range, index, q: Quality(range)))
            .Where(x => x.q > 0)
            .OrderByDescending(x => x.q).ThenBy(x => x.index)
            .Select(x => x.range).ToList();
    }

    /// <summary>
    /// Whether the request accepts a DICOM JSON answer (<c>application/dicom+json</c>, <c>application/json</c>,
    /// <c>application/*</c> or <c>*/*</c>).
    /// </summary>
    public static bool AcceptsDicomJson(HttpRequest request) =>
        Parse(request).Any(r => r.IsMediaType(MediaTypes.DicomJson) || r.IsMediaType(MediaTypes.Json) || r.IsMediaType("application/*") || r.IsMediaType("*/*"));

    /// <summary>Throws 406 unless the request accepts DICOM JSON.</summary>
    /// <exception cref="DicomWebRequestException">406.</exception>
    public static void RequireDicomJson(HttpRequest request)
    {
        if (!AcceptsDicomJson(request))
        {
            throw DicomWebRequestException.NotAcceptable(
                $"This resource is answered as {MediaTypes.DicomJson}; the Accept header '{request.Headers.Accept}' does not allow it.");
        }
    }

    private static double Quality(MediaTypeWithParameters range) =>
        double.TryParse(range.GetParameter("q"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 1.0;
}
