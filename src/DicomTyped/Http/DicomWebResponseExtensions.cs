using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Http;

/// <summary>Turns unsuccessful DICOMweb responses into <see cref="DicomWebException"/>s.</summary>
public static class DicomWebResponseExtensions
{
    /// <summary>At most this much of an error body is read: enough for any explanation, never a whole study.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    // Correlation headers only, by name: nothing else of the request or response (Authorization above all) is copied.
    private static readonly string[] ResponseIdHeaders = ["x-ms-request-id", "x-request-id", "request-id", "x-correlation-id", "x-ms-correlation-request-id", "traceparent"];
    private static readonly string[] RequestIdHeaders = ["x-ms-client-request-id", "x-request-id", "traceparent"];

    /// <summary>
    /// Returns <paramref name="response"/> when its status is 2xx (or 304 Not Modified, a successful conditional
    /// retrieve); otherwise reads the error body, disposes the response and throws the matching <see cref="DicomWebException"/>.
    /// </summary>
    /// <param name="response">The response, as a Refit DICOMweb interface returns it.</param>
    /// <param name="cancellationToken">Cancels reading the error body.</param>
    public static async Task<HttpResponseMessage> EnsureDicomWebSuccessAsync(this HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            return response;
        }
        using (response)
        {
            throw DicomWebException.For(await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>What an unsuccessful response said, without throwing.</summary>
    /// <param name="response">The unsuccessful response; its body is read (at most <see cref="MaxErrorBodyBytes"/>).</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<DicomWebError> ReadErrorAsync(this HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var (message, reasons) = DicomWebErrorBodyParser.Parse(body);
        var request = response.RequestMessage;
        return new DicomWebError(
            response.StatusCode,
            response.ReasonPhrase,
            request?.Method.Method,
            request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : null,
            message,
            reasons,
            CollectRequestIds(response));
    }

    private static Dictionary<string, string> CollectRequestIds(HttpResponseMessage response)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Collect(response.Headers, ResponseIdHeaders, ids);
        if (response.RequestMessage is { } request)
        {
            Collect(request.Headers, RequestIdHeaders, ids);
        }
        return ids;
    }

    private static void Collect(HttpHeaders headers, string[] names, Dictionary<string, string> ids)
    {
        foreach (var name in names)
        {
            if (!ids.ContainsKey(name) && headers.TryGetValues(name, out var values))
            {
                ids[name] = string.Join(",", values);
            }
        }
    }

    private static async Task<string?> ReadLimitedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
            return EncodingOf(content).GetString(buffer, 0, length);
        }
    }

    // Orthanc sends error bodies without Content-Type; DICOMweb text defaults to UTF-8 (PS3.18 8.8).
    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        if (charset is null)
        {
            return Encoding.UTF8;
        }
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
