using System;

namespace DicomTyped;

/// <summary>
/// The root of every exception DicomTyped throws for bad input or a failed exchange: malformed Part 10 or DICOM JSON
/// (<c>DicomParseException</c>, <c>DicomJsonException</c>), an unknown character set (<c>DicomCharacterSetException</c>),
/// a malformed multipart/related body (<c>MultipartException</c>) and an unsuccessful DICOMweb request
/// (<c>DicomWebException</c>). One <c>catch (DicomTypedException)</c> covers every fault the data or the server can
/// cause; argument errors of the caller (<see cref="ArgumentException"/>) and cancellation stay what .NET makes them.
/// </summary>
/// <remarks>Modelled on fo-dicom's <c>DicomException</c>: the subclasses keep their own properties (offset, tag, status).</remarks>
public abstract class DicomTypedException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What was wrong, and where.</param>
    protected DicomTypedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the error that revealed the problem.</summary>
    /// <param name="message">What was wrong, and where.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    protected DicomTypedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
