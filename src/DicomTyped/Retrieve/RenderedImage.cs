using System;

namespace DicomTyped.Client;

/// <summary>A rendered (consumer-format) image of an instance or frame.</summary>
/// <param name="MediaType">The media type the server sent, such as <c>image/jpeg</c>.</param>
/// <param name="Data">The encoded image.</param>
public sealed record RenderedImage(string MediaType, ReadOnlyMemory<byte> Data);
