namespace DicomTyped.Server.Retrieve;

/// <summary>The media types of WADO-RS responses besides those of <see cref="Negotiation.MediaTypes"/> (PS3.18 8.7.4).</summary>
internal static class RetrieveMediaTypes
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Any = "*/*";
}
