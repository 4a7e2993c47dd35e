namespace DicomTyped.Server.Negotiation;

/// <summary>The media types the server reads and writes (PS3.18 8.7).</summary>
internal static class MediaTypes
{
    public const string Dicom = "application/dicom";
    public const string DicomJson = "application/dicom+json";
    public const string Json = "application/json";
    public const string MultipartRelated = "multipart/related";
    public const string OctetStream = "application/octet-stream";
}
