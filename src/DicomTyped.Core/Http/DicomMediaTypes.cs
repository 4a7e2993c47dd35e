namespace DicomTyped.Http;

/// <summary>
/// The media type strings DICOMweb requests and responses use (PS3.18 8.7), the one set both the client and the server
/// (DicomTyped.Server) write and compare with.
/// </summary>
public static class DicomMediaTypes
{
    /// <summary>A DICOM Part 10 file.</summary>
    public const string Dicom = "application/dicom";

    /// <summary>DICOM JSON (PS3.18 Annex F.2): metadata, search results, store responses.</summary>
    public const string DicomJson = "application/dicom+json";

    /// <summary>Plain JSON, which some clients ask for instead of DICOM JSON; the body is the same DICOM JSON.</summary>
    public const string Json = "application/json";

    /// <summary>Uncompressed bulk data or pixel data of one frame.</summary>
    public const string OctetStream = "application/octet-stream";

    /// <summary>JPEG 2000 compressed frames.</summary>
    public const string Jpeg2000 = "image/jp2";

    /// <summary>JPEG, the default rendered format.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>PNG, the lossless rendered format.</summary>
    public const string Png = "image/png";

    /// <summary>The envelope for several DICOM, bulk data or frame parts.</summary>
    public const string MultipartRelated = "multipart/related";
}
