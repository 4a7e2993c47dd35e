using System;

namespace DicomTyped.Http;

/// <summary>Maps <see cref="DicomMediaType"/> to its wire text and says which types take a transfer syntax.</summary>
public static class DicomMediaTypeExtensions
{
    /// <summary>The media type as written in HTTP headers, for example <c>application/dicom</c>.</summary>
    public static string ToMediaTypeString(this DicomMediaType mediaType) => mediaType switch
    {
        DicomMediaType.Dicom => DicomMediaTypes.Dicom,
        DicomMediaType.DicomJson => DicomMediaTypes.DicomJson,
        DicomMediaType.OctetStream => DicomMediaTypes.OctetStream,
        DicomMediaType.Jpeg2000 => DicomMediaTypes.Jpeg2000,
        DicomMediaType.Jpeg => DicomMediaTypes.Jpeg,
        DicomMediaType.Png => DicomMediaTypes.Png,
        _ => throw new ArgumentOutOfRangeException(nameof(mediaType), mediaType, "Unknown DICOM media type."),
    };

    /// <summary>
    /// Whether the media type carries encoded DICOM data and so takes a <c>transfer-syntax</c> parameter (PS3.18 8.7.3).
    /// JSON and rendered images have no transfer syntax; sending one would only risk a 406.
    /// </summary>
    public static bool TakesTransferSyntax(this DicomMediaType mediaType) =>
        mediaType is DicomMediaType.Dicom or DicomMediaType.OctetStream or DicomMediaType.Jpeg2000;
}
