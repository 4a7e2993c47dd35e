using System;

namespace DicomTyped.Dicom.Charsets;

/// <summary>
/// Thrown when text cannot be written in a DICOM character set: a character outside the repertoire
/// of Specific Character Set (0008,0005), named in the message together with the character set.
/// Reading never throws this; undecodable bytes become U+FFFD.
/// </summary>
public sealed class DicomCharacterSetException : DicomTypedException
{
    /// <summary>Creates the exception with a message that names the character and the character set.</summary>
    public DicomCharacterSetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the encoder error that caused it.</summary>
    public DicomCharacterSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
