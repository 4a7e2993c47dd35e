using System;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;
using Refit;

namespace DicomTyped.Client;

public sealed partial class DicomWebClient
{
    /// <summary>
    /// Sends through the Refit transport and turns "no answer" into <see cref="DicomWebTransportException"/>: Refit
    /// wraps the network error (after the retry handler gave up) in its own <see cref="ApiRequestException"/>, which
    /// names no request in DICOMweb terms. Cancellation stays <see cref="OperationCanceledException"/>.
    /// </summary>
    private static async Task<HttpResponseMessage> SendAsync(Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await send(cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException exception)
        {
            if (exception.InnerException is OperationCanceledException canceled)
            {
                ExceptionDispatchInfo.Capture(canceled).Throw();
            }
            throw new DicomWebTransportException(
                exception.HttpMethod?.Method ?? exception.RequestMessage?.Method.Method,
                PathOf(exception.RequestMessage?.RequestUri ?? exception.Uri),
                DicomWebClientPipeline.AttemptsOf(exception.RequestMessage),
                exception.InnerException ?? exception);
        }
        catch (HttpRequestException exception)
        {
            throw new DicomWebTransportException(null, null, 1, exception);
        }
    }

    /// <summary>The response body stream; a connection that breaks before the body starts is a <see cref="DicomWebTransportException"/>.</summary>
    private static async Task<System.IO.Stream> OpenBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.IO.IOException)
        {
            throw new DicomWebTransportException(DicomWebResponseExtensions.Describe(response), 1, exception);
        }
    }

    private static string? PathOf(Uri? uri) => uri is { IsAbsoluteUri: true } ? uri.AbsolutePath : uri?.OriginalString;

    /// <summary>Throws the <see cref="DicomWebException"/> of an unsuccessful status, logged, reading at most <see cref="DicomWebClientOptions.MaxErrorBodyBytes"/>.</summary>
    private async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.EnsureDicomWebSuccessAsync(_options.MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (DicomWebException exception)
        {
            DicomWebClientLog.Failed(_logger, (int)exception.StatusCode, exception);
            throw;
        }
    }

    /// <summary>
    /// A JSON body (search, metadata, change feed, store response) read whole, bounded by
    /// <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>. Every JSON body the client parses is read here.
    /// </summary>
    /// <exception cref="DicomWebResponseTooLargeException">The body is longer than the limit.</exception>
    /// <exception cref="DicomWebTransportException">The connection broke while the body was read.</exception>
    private Task<ReadOnlyMemory<byte>> ReadJsonBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        BoundedBody.ReadAsync(response, _options.MaxJsonBodyBytes, nameof(DicomWebClientOptions.MaxJsonBodyBytes), "JSON body", cancellationToken);

    /// <summary>
    /// Refuses a UID that would change the request's path (<see cref="Dicom.DicomUid.IsWellFormed"/>: 1 to 64 letters,
    /// digits, '-' and single dots, the Azure DICOM service's rule), so <c>..</c>, <c>/</c>, <c>%2F</c>, <c>?</c> and the
    /// empty string never reach a route. UIDs that break PS3.5 9.1 but that services store (leading zeros, letters) pass:
    /// they cannot change a path.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="uid"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="uid"/> is not a UID; the message and ParamName name the parameter.</exception>
    internal static string CheckUid(string uid, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(uid, parameterName);
        if (!Dicom.DicomUid.IsWellFormed(uid))
        {
            throw new ArgumentException(
                $"{parameterName} '{Printable(uid)}' is not a UID (1 to 64 letters, digits, '-' and single dots, no empty component); nothing was sent.",
                parameterName);
        }
        return uid;
    }

    // The refused value is quoted so the caller can find it, but short and without control characters.
    internal static string Printable(string value)
    {
        const int MaxShown = 80;
        var shown = value.Length > MaxShown ? value[..MaxShown] + "…" : value;
        return string.Create(shown.Length, shown, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? '?' : text[i];
            }
        });
    }
}
