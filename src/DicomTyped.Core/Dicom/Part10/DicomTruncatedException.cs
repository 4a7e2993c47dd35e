using System;

namespace DicomTyped.Dicom.Part10;

/// <summary>The input ended before a header or value it announced, or a length points past the end of the data.</summary>
public sealed class DicomTruncatedException : DicomParseException
{
    /// <summary>Creates the exception.</summary>
    public DicomTruncatedException(string problem, long offset, DicomTag? tag = null, Exception? innerException = null)
        : base(problem, offset, tag, innerException)
    {
    }
}
