using DicomTyped.Http;

namespace DicomTyped.Server.Negotiation;

/// <summary>The media types the server reads and writes (PS3.18 8.7): the values are Core's <see cref="DicomMediaTypes"/>, named here for the server's code.</summary>
internal static class MediaTypes
{
    public const string Dicom = DicomMediaTypes.Dicom;
    public const string DicomJson = DicomMediaTypes.DicomJson;
    public const string Json = DicomMediaTypes.Json;
    public const string MultipartRelated = DicomMediaTypes.MultipartRelated;
    public const string OctetStream = DicomMediaTypes.OctetStream;
}
