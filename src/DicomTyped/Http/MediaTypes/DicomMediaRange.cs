using System;
using System.Globalization;
using System.Text;

namespace DicomTyped.Http;

/// <summary>
/// One media range of an Accept header: a single media type, or multipart/related with a part type,
/// plus the transfer syntax asked for and an optional quality.
/// </summary>
public sealed record DicomMediaRange
{
    /// <summary>The transfer-syntax value meaning "as stored, no transcoding" (PS3.18 8.7.3.5).</summary>
    public const string AnyTransferSyntax = "*";

    private DicomMediaRange(DicomMediaType mediaType, bool isMultipart, string? transferSyntax, double? quality)
    {
        MediaType = mediaType;
        IsMultipart = isMultipart;
        TransferSyntax = transferSyntax;
        Quality = quality;
    }

    /// <summary>The media type, or the part type when <see cref="IsMultipart"/> is true.</summary>
    public DicomMediaType MediaType { get; }

    /// <summary>True for <c>multipart/related; type="…"</c>.</summary>
    public bool IsMultipart { get; }

    /// <summary>The <c>transfer-syntax</c> parameter (a UID or <c>*</c>), or null when the range has none.</summary>
    public string? TransferSyntax { get; }

    /// <summary>The <c>q</c> parameter, or null when absent (meaning 1).</summary>
    public double? Quality { get; }

    /// <summary>A single-part range, such as <c>application/dicom; transfer-syntax=*</c> or <c>image/png</c>.</summary>
    /// <param name="mediaType">The media type.</param>
    /// <param name="transferSyntax">A transfer syntax UID or <c>*</c>; ignored for types that take none; null sends no parameter.</param>
    public static DicomMediaRange Single(DicomMediaType mediaType, string? transferSyntax = AnyTransferSyntax) =>
        new(mediaType, isMultipart: false, ForType(mediaType, transferSyntax), quality: null);

    /// <summary>A multipart range, such as <c>multipart/related; type="application/dicom"; transfer-syntax=*</c>.</summary>
    /// <param name="partType">The media type of every part.</param>
    /// <param name="transferSyntax">A transfer syntax UID or <c>*</c>; ignored for part types that take none; null sends no parameter.</param>
    public static DicomMediaRange Multipart(DicomMediaType partType, string? transferSyntax = AnyTransferSyntax) =>
        new(partType, isMultipart: true, ForType(partType, transferSyntax), quality: null);

    /// <summary>This range with a <c>q</c> value, for callers that send several ranges on purpose.</summary>
    /// <param name="quality">Between 0 and 1.</param>
    public DicomMediaRange WithQuality(double quality)
    {
        if (quality is < 0 or > 1 || double.IsNaN(quality))
        {
            throw new ArgumentOutOfRangeException(nameof(quality), quality, "A q value lies between 0 and 1.");
        }
        return new DicomMediaRange(MediaType, IsMultipart, TransferSyntax, quality);
    }

    /// <summary>The range as written in an Accept header.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (IsMultipart)
        {
            text.Append(DicomMediaTypes.MultipartRelated).Append("; type=\"").Append(MediaType.ToMediaTypeString()).Append('"');
        }
        else
        {
            text.Append(MediaType.ToMediaTypeString());
        }
        if (TransferSyntax is not null)
        {
            text.Append("; transfer-syntax=").Append(TransferSyntax);
        }
        if (Quality is { } q)
        {
            text.Append("; q=").Append(q.ToString("0.###", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    private static string? ForType(DicomMediaType mediaType, string? transferSyntax)
    {
        if (!mediaType.TakesTransferSyntax() || transferSyntax is null)
        {
            return null;
        }
        if (transferSyntax != AnyTransferSyntax && !Dicom.DicomUid.IsWellFormed(transferSyntax))
        {
            throw new ArgumentException($"'{transferSyntax}' is neither '*' nor a transfer syntax UID.", nameof(transferSyntax));
        }
        return transferSyntax;
    }
}
