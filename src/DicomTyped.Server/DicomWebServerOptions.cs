using System;
using System.Net;

namespace DicomTyped.Server;

/// <summary>
/// Settings of the embedded DICOMweb server (a local stand-in for the Azure DICOM service, API v1 and v2).
/// </summary>
public sealed class DicomWebServerOptions
{
    /// <summary>The default request body limit: 4 GiB, like the hosted Azure DICOM service (v2).</summary>
    public const long DefaultMaxRequestBodySize = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// The folder holding the instance files (<c>files/</c>), files being written (<c>tmp/</c>) and the SQLite index
    /// (<c>index.db</c>). Created when missing. Required.
    /// </summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>
    /// When set, every request must carry <c>Authorization: Bearer {token}</c> with exactly this token, else 401.
    /// Null (the default): sign-in is off.
    /// </summary>
    public string? BearerToken { get; set; }

    /// <summary>
    /// The largest request body accepted, in bytes (default 4 GiB); a larger body is answered 413 Payload Too Large.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>
    /// The address <see cref="DicomWebServerHost"/> listens on: <see cref="IPAddress.Loopback"/> unless told otherwise.
    /// Any other address must be allowed with <see cref="AllowNonLoopback"/>.
    /// </summary>
    public IPAddress ListenAddress { get; set; } = IPAddress.Loopback;

    /// <summary>Must be true to listen on anything but a loopback address (the server then serves the network).</summary>
    public bool AllowNonLoopback { get; set; }

    /// <summary>The TCP port <see cref="DicomWebServerHost"/> listens on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Instances above this size in bytes are neither transcoded nor rendered (406), as on Azure (100 MB by default).
    /// </summary>
    public long MaxTranscodeSize { get; set; } = 100L * 1024 * 1024;

    /// <summary>The default <see cref="MaxPartsPerRequest"/>: 10,000.</summary>
    public const int DefaultMaxPartsPerRequest = 10_000;

    /// <summary>
    /// The most parts one multipart store request may have (default 10,000). The answer lists one outcome per part, so this
    /// bounds what a request holds in memory whatever its body size (a part can be a few bytes). Past it the request is
    /// answered 413 Payload Too Large; the instances of the parts before it are stored and reported.
    /// </summary>
    public int MaxPartsPerRequest { get; set; } = DefaultMaxPartsPerRequest;

    /// <summary>The service name in PS3.18 <c>Warning: 299 {service}: …</c> headers.</summary>
    public string ServiceName { get; set; } = "DicomTyped";

    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            throw new ArgumentException("DicomWebServerOptions.DataDirectory is required.");
        }
        if (MaxRequestBodySize <= 0)
        {
            throw new ArgumentException($"DicomWebServerOptions.MaxRequestBodySize must be positive: {MaxRequestBodySize}.");
        }
        if (MaxPartsPerRequest <= 0)
        {
            throw new ArgumentException($"DicomWebServerOptions.MaxPartsPerRequest must be positive: {MaxPartsPerRequest}.");
        }
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"DicomWebServerOptions.Port must be 0..65535: {Port}.");
        }
        if (!IPAddress.IsLoopback(ListenAddress) && !AllowNonLoopback)
        {
            throw new ArgumentException(
                $"DicomWebServerOptions.ListenAddress {ListenAddress} is not a loopback address; set AllowNonLoopback to serve the network.");
        }
        if (BearerToken is { Length: 0 })
        {
            throw new ArgumentException("DicomWebServerOptions.BearerToken is empty; leave it null to turn sign-in off.");
        }
    }
}
