using System;
using System.Collections.Generic;
using System.Globalization;

namespace DicomTyped.Http;

/// <summary>
/// No usable answer came back: nothing listens, the connection broke, the name did not resolve, TLS failed, or the
/// sign-in handler could not get or send a token. Thrown after the retries of <c>DicomWebClientOptions.MaxRetryAttempts</c>
/// (each logged at Warning with its attempt number); <see cref="Attempts"/> says how many were made.
/// <see cref="DicomWebException.StatusCode"/> is 0, or the status of a response whose body broke off while being read.
/// </summary>
public sealed class DicomWebTransportException : DicomWebException
{
    /// <summary>Creates the exception for a request that got no usable answer.</summary>
    /// <param name="method">The request method, such as GET.</param>
    /// <param name="requestPath">The request path without its query.</param>
    /// <param name="attempts">How many times the request was sent.</param>
    /// <param name="innerException">The network error.</param>
    public DicomWebTransportException(string? method, string? requestPath, int attempts, Exception innerException)
        : this(new DicomWebError(0, null, method, requestPath, null, [], new Dictionary<string, string>()), attempts, innerException)
    {
    }

    internal DicomWebTransportException(DicomWebError error, int attempts, Exception innerException)
        : base(error, Describe(error, attempts, innerException), innerException)
    {
        Attempts = attempts;
    }

    /// <summary>How many times the request was sent before giving up (1 when it is never retried, such as a store).</summary>
    public int Attempts { get; }

    private static string Describe(DicomWebError error, int attempts, Exception innerException)
    {
        ArgumentNullException.ThrowIfNull(innerException);
        var when = error.StatusCode == 0
            ? string.Create(CultureInfo.InvariantCulture, $"got no answer after {attempts} attempt{(attempts == 1 ? "" : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"broke off while its {(int)error.StatusCode} answer was being read");
        return $"{Describe(error.Method, error.RequestPath)} {when}: {innerException.Message}";
    }
}
