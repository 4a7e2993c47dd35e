using System;
using System.Collections.Generic;
using System.Linq;

namespace DicomTyped.Http;

/// <summary>
/// The value of an Accept header for a DICOMweb request. One media range by default: some servers (Orthanc)
/// split the header on ';' only and misread q-lists, so several ranges are sent only when asked for with <see cref="AnyOf"/>.
/// </summary>
public sealed class DicomAcceptHeader
{
    private DicomAcceptHeader(IReadOnlyList<DicomMediaRange> ranges) => Ranges = ranges;

    /// <summary>The media ranges, in the order they are sent.</summary>
    public IReadOnlyList<DicomMediaRange> Ranges { get; }

    /// <summary><c>application/dicom+json</c>: store responses, metadata, search results.</summary>
    public static DicomAcceptHeader DicomJson { get; } = Single(DicomMediaType.DicomJson);

    /// <summary><c>multipart/related; type="application/dicom"; transfer-syntax=*</c>: study and series retrieve as stored.</summary>
    public static DicomAcceptHeader MultipartDicom { get; } = Multipart(DicomMediaType.Dicom);

    /// <summary><c>application/dicom; transfer-syntax=*</c>: one instance as stored.</summary>
    public static DicomAcceptHeader DicomFile { get; } = Single(DicomMediaType.Dicom);

    /// <summary><c>multipart/related; type="application/octet-stream"; transfer-syntax=*</c>: frames as stored.</summary>
    public static DicomAcceptHeader MultipartFrames { get; } = Multipart(DicomMediaType.OctetStream);

    /// <summary><c>image/jpeg</c>: rendered images.</summary>
    public static DicomAcceptHeader Jpeg { get; } = Single(DicomMediaType.Jpeg);

    /// <summary><c>image/png</c>: rendered images, lossless.</summary>
    public static DicomAcceptHeader Png { get; } = Single(DicomMediaType.Png);

    /// <summary>One single-part media range.</summary>
    /// <param name="mediaType">The media type.</param>
    /// <param name="transferSyntax">A transfer syntax UID, <c>*</c> (as stored, the default) or null for none; ignored where it does not apply.</param>
    public static DicomAcceptHeader Single(DicomMediaType mediaType, string? transferSyntax = DicomMediaRange.AnyTransferSyntax) =>
        new([DicomMediaRange.Single(mediaType, transferSyntax)]);

    /// <summary>One multipart/related media range whose parts have <paramref name="partType"/>.</summary>
    /// <param name="partType">The media type of every part.</param>
    /// <param name="transferSyntax">A transfer syntax UID, <c>*</c> (as stored, the default) or null for none; ignored where it does not apply.</param>
    public static DicomAcceptHeader Multipart(DicomMediaType partType, string? transferSyntax = DicomMediaRange.AnyTransferSyntax) =>
        new([DicomMediaRange.Multipart(partType, transferSyntax)]);

    /// <summary>Several media ranges in one header, for servers that understand lists (PS3.18 8.7.3.5).</summary>
    /// <param name="ranges">At least one range; give them q values with <see cref="DicomMediaRange.WithQuality"/>.</param>
    public static DicomAcceptHeader AnyOf(params DicomMediaRange[] ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Length == 0)
        {
            throw new ArgumentException("An Accept header needs at least one media range.", nameof(ranges));
        }
        return new DicomAcceptHeader(ranges.ToArray());
    }

    /// <summary>The header value exactly as sent.</summary>
    public override string ToString() => string.Join(", ", Ranges);
}
