namespace DicomTyped.Dicom.Part10;

/// <summary>How top-level pixel data is kept when a file is read.</summary>
public enum PixelDataHandling
{
    /// <summary>Copy the pixel data into memory.</summary>
    Load,

    /// <summary>
    /// Keep only the offset and length of the pixel data (and of each fragment) in the source stream and read it on
    /// demand. Needs a seekable stream that stays open; a non-seekable or deflated input is loaded instead.
    /// </summary>
    Reference,
}
