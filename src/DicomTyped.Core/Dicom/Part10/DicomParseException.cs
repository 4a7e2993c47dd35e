using System;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The input is not well-formed DICOM. Every malformation the reader cannot read through (see
/// <see cref="DicomReadOptions.Strict"/>) ends in this exception or one of its subclasses
/// (<see cref="DicomTruncatedException"/>, <see cref="DicomNestingLimitException"/>, <see cref="DicomLimitException"/>),
/// never in an index, overflow or out-of-memory error.
/// </summary>
public class DicomParseException : DicomTypedException
{
    /// <summary>Creates the exception; the message names the offset and, when known, the tag.</summary>
    public DicomParseException(string problem, long offset, DicomTag? tag = null, Exception? innerException = null)
        : base(Describe(problem, offset, tag), innerException)
    {
        Offset = offset;
        Tag = tag;
    }

    /// <summary>The byte offset (in the data as parsed: after inflation for deflated data sets) where the problem was found.</summary>
    public long Offset { get; }

    /// <summary>The tag of the element being read, when one was.</summary>
    public DicomTag? Tag { get; }

    internal static string Describe(string problem, long offset, DicomTag? tag) =>
        tag is { } t ? $"{problem} (element {t} at offset {offset})" : $"{problem} (at offset {offset}, no element)";
}
