using DicomTyped.Server.Errors;
using DicomTyped.Server.Negotiation;
using DicomTyped.Server.Retrieve;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Rendering;

/// <summary>
/// Chooses the image format of a rendered or thumbnail response from the Accept header (PS3.18 8.7.4; Azure: JPEG, the
/// default, and PNG): the best-ranked of <c>image/jpeg</c>, <c>image/png</c>, <c>image/*</c> and <c>*/*</c> (the last
/// two, and an absent header, mean JPEG).
/// </summary>
internal static class RenderedAcceptNegotiator
{
    /// <summary>The format to send.</summary>
    /// <exception cref="DicomWebRequestException">400: the header cannot be parsed; 406: it names neither JPEG nor PNG.</exception>
    public static RenderedImageFormat Negotiate(HttpRequest request)
    {
        // AcceptHeader gives */* for a request without Accept, and orders the ranges by q.
        foreach (var range in AcceptHeader.Parse(request))
        {
            if (range.IsMediaType(RetrieveMediaTypes.Jpeg) || range.IsMediaType("image/*") || range.IsMediaType(RetrieveMediaTypes.Any))
            {
                return RenderedImageFormat.Jpeg;
            }
            if (range.IsMediaType(RetrieveMediaTypes.Png))
            {
                return RenderedImageFormat.Png;
            }
        }
        throw DicomWebRequestException.NotAcceptable(
            $"Rendered images are image/jpeg or image/png; the Accept header '{request.Headers.Accept}' names neither.");
    }

    /// <summary>The media type of a format.</summary>
    public static string MediaType(RenderedImageFormat format) =>
        format == RenderedImageFormat.Png ? RetrieveMediaTypes.Png : RetrieveMediaTypes.Jpeg;
}
