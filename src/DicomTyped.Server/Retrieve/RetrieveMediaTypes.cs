namespace DicomTyped.Server.Retrieve;

/// <summary>The media types of WADO-RS responses (PS3.18 8.7.3, 8.7.4).</summary>
internal static class RetrieveMediaTypes
{
    public const string Dicom = "application/dicom";
    public const string DicomJson = "application/dicom+json";
    public const string Json = "application/json";
    public const string OctetStream = "application/octet-stream";
    public const string MultipartRelated = "multipart/related";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Any = "*/*";
}
