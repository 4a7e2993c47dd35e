using System;

namespace DicomTyped.Client;

/// <summary>One frame of pixel data from a WADO-RS frames response.</summary>
/// <param name="Number">The 1-based frame number it answers (in the order the frames were asked for).</param>
/// <param name="MediaType">The part's media type, such as <c>application/octet-stream</c> or <c>image/jp2</c>.</param>
/// <param name="TransferSyntaxUid">The transfer syntax of the bytes, when the server named it.</param>
/// <param name="Data">The frame's bytes: native pixels, or one compressed bitstream.</param>
public sealed record DicomFrame(int Number, string MediaType, string? TransferSyntaxUid, ReadOnlyMemory<byte> Data);
