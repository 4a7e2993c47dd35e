using DicomTyped.Multipart;

namespace DicomTyped.Tests.Multipart.Support;

/// <summary>A part as a test saw it: its headers and the whole body it read.</summary>
internal sealed record ReadPart(MultipartPart Part, byte[] Body)
{
    public string Text => System.Text.Encoding.Latin1.GetString(Body);
}
