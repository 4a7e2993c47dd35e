using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Http;

/// <summary>Turns unsuccessful DICOMweb responses into <see cref="DicomWebException"/>s.</summary>
public static class DicomWebResponseExtensions
{
    /// <summary>
    /// The default cap on how much of an error body is read (64 KB): enough for any explanation, never a whole study.
    /// A longer body is cut there (the status is what matters); <c>DicomWebClientOptions.MaxErrorBodyBytes</c> changes it for a client.
    /// </summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    // Correlation headers only, by name: nothing else of the request or response (Authorization above all) is copied.
    private static readonly string[] ResponseIdHeaders = ["x-ms-request-id", "x-request-id", "request-id", "x-correlation-id", "x-ms-correlation-request-id", "traceparent"];
    private static readonly string[] RequestIdHeaders = ["x-ms-client-request-id", "x-request-id", "traceparent"];

    /// <summary>
    /// Returns <paramref name="response"/> when its status is 2xx (or 304 Not Modified, a successful conditional
    /// retrieve); otherwise reads the error body (at most <see cref="MaxErrorBodyBytes"/>), disposes the response and
    /// throws the matching <see cref="DicomWebException"/>.
    /// </summary>
    /// <param name="response">The response, as a Refit DICOMweb interface returns it.</param>
    /// <param name="cancellationToken">Cancels reading the error body.</param>
    /// <exception cref="DicomWebException">The status is unsuccessful.</exception>
    public static Task<HttpResponseMessage> EnsureDicomWebSuccessAsync(this HttpResponseMessage response, CancellationToken cancellationToken) =>
        EnsureDicomWebSuccessAsync(response, MaxErrorBodyBytes, cancellationToken);

    /// <summary>As <see cref="EnsureDicomWebSuccessAsync(HttpResponseMessage, CancellationToken)"/>, reading at most <paramref name="maxErrorBodyBytes"/> of an error body.</summary>
    /// <param name="response">The response.</param>
    /// <param name="maxErrorBodyBytes">How much of an error body to read; the rest is never received.</param>
    /// <param name="cancellationToken">Cancels reading the error body.</param>
    /// <exception cref="DicomWebException">The status is unsuccessful.</exception>
    public static async Task<HttpResponseMessage> EnsureDicomWebSuccessAsync(this HttpResponseMessage response, int maxErrorBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            return response;
        }
        using (response)
        {
            throw DicomWebException.For(await ReadErrorAsync(response, maxErrorBodyBytes, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>What an unsuccessful response said, without throwing.</summary>
    /// <param name="response">The unsuccessful response; its body is read (at most <see cref="MaxErrorBodyBytes"/>).</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static Task<DicomWebError> ReadErrorAsync(this HttpResponseMessage response, CancellationToken cancellationToken) =>
        ReadErrorAsync(response, MaxErrorBodyBytes, cancellationToken);

    /// <summary>
    /// What an unsuccessful response said, without throwing. The body is read up to <paramref name="maxBodyBytes"/>
    /// and decoded by its declared charset when that is UTF-8, UTF-16, US-ASCII or ISO-8859-1 (otherwise as UTF-8);
    /// a body that breaks off is quoted as far as it came. The request's bearer token is replaced by <c>[redacted]</c>
    /// wherever the server's text (body, reason phrase, request-id headers) repeats it.
    /// </summary>
    /// <param name="response">The unsuccessful response.</param>
    /// <param name="maxBodyBytes">How much of the body to read, at least 0.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<DicomWebError> ReadErrorAsync(this HttpResponseMessage response, int maxBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBodyBytes);
        var secrets = SecretRedaction.SecretsOf(response.RequestMessage);
        var (body, cutOff) = await ReadLimitedAsync(response.Content, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        var (message, reasons) = DicomWebErrorBodyParser.Parse(SecretRedaction.Redact(body, secrets, cutOff));
        return Describe(response, secrets) with
        {
            ServerMessage = SecretRedaction.Redact(message, secrets, cutOff: true),
            FailureReasons = reasons,
        };
    }

    /// <summary>The status, method, path and request ids of a response, without reading its body; server text redacted.</summary>
    internal static DicomWebError Describe(HttpResponseMessage response) => Describe(response, SecretRedaction.SecretsOf(response.RequestMessage));

    private static DicomWebError Describe(HttpResponseMessage response, IReadOnlyList<string> secrets)
    {
        var request = response.RequestMessage;
        return new DicomWebError(
            response.StatusCode,
            SecretRedaction.Redact(response.ReasonPhrase, secrets),
            request?.Method.Method,
            request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : null,
            null,
            [],
            CollectRequestIds(response, secrets));
    }

    private static Dictionary<string, string> CollectRequestIds(HttpResponseMessage response, IReadOnlyList<string> secrets)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Collect(response.Headers, ResponseIdHeaders, ids, secrets);
        if (response.RequestMessage is { } request)
        {
            Collect(request.Headers, RequestIdHeaders, ids, secrets);
        }
        return ids;
    }

    private static void Collect(HttpHeaders headers, string[] names, Dictionary<string, string> ids, IReadOnlyList<string> secrets)
    {
        foreach (var name in names)
        {
            // NonValidated: a malformed header value from the server is quoted, not a FormatException.
            if (!ids.ContainsKey(name) && headers.NonValidated.TryGetValues(name, out var values))
            {
                ids[name] = SecretRedaction.Redact(string.Join(",", values), secrets)!;
            }
        }
    }

    private static async Task<(string? Body, bool CutOff)> ReadLimitedAsync(HttpContent? content, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return (null, false);
        }
        var buffer = new byte[Math.Min(maxBodyBytes, 8192)];
        var length = 0;
        var cutOff = false;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        if (buffer.Length == maxBodyBytes)
                        {
                            // One byte more tells a body of exactly the limit from a longer one.
                            cutOff = await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0;
                            break;
                        }
                        Array.Resize(ref buffer, (int)Math.Min(maxBodyBytes, 2L * buffer.Length));
                    }
                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }
                    length += read;
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // The status is the failure being reported; a body that broke off is quoted as far as it came.
            cutOff = true;
        }
        return (EncodingOf(content).GetString(buffer, 0, length), cutOff);
    }

    // Orthanc sends error bodies without Content-Type; DICOMweb text defaults to UTF-8 (PS3.18 8.8). Only the charsets a
    // web server plausibly sends are honoured: Encoding.GetEncoding would throw NotSupportedException for utf-7 and others.
    private static Encoding EncodingOf(HttpContent content) =>
        content.Headers.ContentType?.CharSet?.Trim('"', ' ').ToLowerInvariant() switch
        {
            "utf-16" or "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            "iso-8859-1" or "latin1" or "windows-1252" => Encoding.Latin1,
            "us-ascii" or "ascii" => Encoding.ASCII,
            _ => Encoding.UTF8,
        };
}
