using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Retrieve;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Rendering;

/// <summary>
/// WADO-RS rendered resources (PS3.18 10.4.1.1.6 / 8.3.5.1.3) of an instance (its first frame) or one frame, and the
/// instance thumbnail (PS3.18 10.4.1.1.8; the server chooses its size: at most <see cref="ThumbnailMaxSide"/> pixels a
/// side), as JPEG (the default) or PNG. <c>quality</c> is 1..100 (default 100, as on Azure); it only affects JPEG.
/// </summary>
internal static class RenderedHandler
{
    /// <summary>The longest side of a thumbnail, in pixels.</summary>
    public const int ThumbnailMaxSide = 200;

    /// <summary>Answers the request.</summary>
    /// <param name="http">The request and response.</param>
    /// <param name="services">The server's index, files and options.</param>
    /// <param name="study">Study Instance UID.</param>
    /// <param name="series">Series Instance UID.</param>
    /// <param name="instance">SOP Instance UID.</param>
    /// <param name="frame">The frame route value, or null for the instance (first frame).</param>
    /// <param name="thumbnail">True to scale down to a thumbnail.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebRequestException">400: bad quality or frame number; 404: instance, pixel data or frame
    /// missing; 406: neither JPEG nor PNG accepted, the file is above the size limit, or its pixel data cannot be rendered.</exception>
    public static async Task RenderAsync(HttpContext http, DicomWebServices services, string study, string series, string instance, string? frame, bool thumbnail, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var quality = ParseQuality(request.Query["quality"]);
        var frameNumber = 1;
        if (frame is not null && (!int.TryParse(frame, NumberStyles.None, CultureInfo.InvariantCulture, out frameNumber) || frameNumber < 1))
        {
            throw DicomWebRequestException.BadRequest($"'{frame}' is not a frame number (a positive integer; frames count from 1).");
        }
        var format = RenderedAcceptNegotiator.Negotiate(request);
        var limit = services.Options.MaxTranscodeSize;
        var stored = await StoredInstance.OpenAsync(services, study, series, instance, limit, cancellationToken).ConfigureAwait(false);
        await using (stored.ConfigureAwait(false))
        {
            if (stored.Location.Size > limit)
            {
                throw DicomWebRequestException.NotAcceptable($"Instance {instance} is {stored.Location.Size} bytes; instances above {limit} bytes are not rendered.");
            }
            stored.RequireFrame(frameNumber);
            byte[] image;
            try
            {
                using var bitmap = await FrameRenderer.RenderAsync(stored.File, frameNumber, cancellationToken).ConfigureAwait(false);
                image = RenderedImageEncoder.Encode(bitmap, format, quality, thumbnail ? ThumbnailMaxSide : null);
            }
            catch (RenderingNotSupportedException ex)
            {
                throw DicomWebRequestException.NotAcceptable(ex.Message);
            }
            var response = http.Response;
            response.ContentType = RenderedAcceptNegotiator.MediaType(format);
            response.ContentLength = image.Length;
            await response.BodyWriter.WriteAsync(image, cancellationToken).ConfigureAwait(false);
        }
    }

    private static int ParseQuality(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 100;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var quality) && quality is >= 1 and <= 100
            ? quality
            : throw DicomWebRequestException.BadRequest($"quality '{text}' is not an integer from 1 to 100.");
    }
}
