using System;

namespace DicomTyped.Dicom.Pixels;

/// <summary>
/// The image attributes of a data set do not describe its native pixel data: Rows (0028,0010), Columns (0028,0011),
/// Samples per Pixel (0028,0002), Bits Allocated (0028,0100) or Number of Frames (0028,0008) are missing, not
/// positive, so large that a frame's size overflows, or describe more bytes than Pixel Data (7FE0,0010) holds
/// (PS3.5 8.1.1; PS3.3 C.7.6.3). The message names the attributes and their values.
/// </summary>
public sealed class DicomFrameException : DicomTypedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What does not fit, naming the attributes.</param>
    /// <param name="innerException">The arithmetic error that revealed it, or null.</param>
    public DicomFrameException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
