using System;
using System.Globalization;
using DicomTyped.Multipart;
using DicomTyped.Server.Retrieve;

namespace DicomTyped.Server.Rendering;

/// <summary>
/// Chooses the image format of a rendered or thumbnail response from the Accept header (PS3.18 8.7.4): JPEG when the
/// header is absent or names <c>*/*</c> or <c>image/*</c>; otherwise the highest-<c>q</c> of <c>image/jpeg</c> and
/// <c>image/png</c> (ties keep the header's order).
/// </summary>
internal static class RenderedAcceptNegotiator
{
    /// <summary>The format to send, or null when the header names neither JPEG nor PNG (406).</summary>
    /// <exception cref="FormatException">The header is not a list of media ranges.</exception>
    public static RenderedImageFormat? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return RenderedImageFormat.Jpeg;
        }
        RenderedImageFormat? best = null;
        var bestQ = 0.0;
        foreach (var range in MediaTypeWithParameters.ParseList(accept))
        {
            RenderedImageFormat? format =
                range.IsMediaType(RetrieveMediaTypes.Jpeg) || range.IsMediaType(RetrieveMediaTypes.Any) || range.IsMediaType("image/*") ? RenderedImageFormat.Jpeg
                : range.IsMediaType(RetrieveMediaTypes.Png) ? RenderedImageFormat.Png
                : null;
            var q = range.GetParameter("q") is { } text && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 1.0;
            if (format is not null && q > bestQ)
            {
                best = format;
                bestQ = q;
            }
        }
        return best;
    }

    /// <summary>The media type of a format.</summary>
    public static string MediaType(RenderedImageFormat format) =>
        format == RenderedImageFormat.Png ? RetrieveMediaTypes.Png : RetrieveMediaTypes.Jpeg;
}
