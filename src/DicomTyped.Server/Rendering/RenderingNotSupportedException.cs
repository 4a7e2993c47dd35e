namespace DicomTyped.Server.Rendering;

/// <summary>
/// The instance's pixel data cannot be rendered here (its photometric interpretation, bit depth or compression is not
/// one this server renders, or the instance is larger than the rendering size limit); the request gets 406.
/// </summary>
internal sealed class RenderingNotSupportedException(string message) : DicomTypedException(message);
