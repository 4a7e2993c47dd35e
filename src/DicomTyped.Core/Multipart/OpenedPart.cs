using System.IO;

namespace DicomTyped.Multipart;

/// <summary>A part's stream opened for one send.</summary>
/// <param name="Stream">The part's bytes.</param>
/// <param name="DisposeAfterSend">Whether this send owns the stream.</param>
internal readonly record struct OpenedPart(Stream Stream, bool DisposeAfterSend);
