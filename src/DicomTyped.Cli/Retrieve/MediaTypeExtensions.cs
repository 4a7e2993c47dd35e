namespace DicomTyped.Cli.Retrieve;

/// <summary>The file extension for a frame's or picture's media type (PS3.18 8.7.3 lists the ones DICOMweb uses).</summary>
internal static class MediaTypeExtensions
{
    public static string Of(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "application/octet-stream" => ".raw",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/gif" => ".gif",
        "image/jp2" or "image/jpx" => ".jp2",
        "image/jls" => ".jls",
        "image/dicom-rle" => ".rle",
        "video/mpeg" => ".mpg",
        "video/mp4" => ".mp4",
        _ => ".bin",
    };
}
