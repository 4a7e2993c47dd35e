namespace DicomTyped.Server.Rendering;

/// <summary>The image formats of rendered and thumbnail resources (PS3.18 8.7.4; Azure: JPEG, the default, and PNG).</summary>
internal enum RenderedImageFormat
{
    /// <summary><c>image/jpeg</c>, lossy; <c>quality</c> 1..100 applies.</summary>
    Jpeg,

    /// <summary><c>image/png</c>, lossless.</summary>
    Png,
}
