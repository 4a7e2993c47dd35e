using System;
using System.Collections.Generic;

namespace DicomTyped.Multipart;

/// <summary>
/// One part of an outgoing <see cref="MultipartRelatedContent"/>: its headers, and a source whose bytes are
/// read only while the request is sent.
/// </summary>
public sealed class MultipartContentPart
{
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly MultipartRelatedContent _owner;

    internal MultipartContentPart(MultipartRelatedContent owner, PartSource source, string contentType, string? contentLocation)
    {
        if (!MediaTypeWithParameters.TryParse(contentType, out _) || !HttpSyntax.IsSafeHeaderValue(contentType))
        {
            throw new ArgumentException($"'{contentType}' is not a media type.", nameof(contentType));
        }
        if (contentLocation is not null && !HttpSyntax.IsSafeHeaderValue(contentLocation))
        {
            throw new ArgumentException("A Content-Location must be printable ASCII on one line (percent-encode the rest).", nameof(contentLocation));
        }
        _owner = owner;
        Source = source;
        ContentType = contentType;
        ContentLocation = contentLocation;
    }

    /// <summary>The part's Content-Type, e.g. <c>application/dicom</c> or <c>application/octet-stream; transfer-syntax=*</c>.</summary>
    public string ContentType { get; }

    /// <summary>The part's byte count when known before sending; it is then sent as the part's Content-Length.</summary>
    public long? ContentLength => Source.Length;

    /// <summary>The part's Content-Location, when it names a resource.</summary>
    public string? ContentLocation { get; }

    /// <summary>Headers besides Content-Type, Content-Length and Content-Location, in the order added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    internal PartSource Source { get; }

    /// <summary>Adds a header to this part; returns the part for chaining.</summary>
    /// <exception cref="ArgumentException">The name is not a token, names a header the content writes itself, or the value spans lines.</exception>
    /// <exception cref="InvalidOperationException">The content is already being sent.</exception>
    public MultipartContentPart AddHeader(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!HttpSyntax.IsToken(name))
        {
            throw new ArgumentException($"'{name}' is not a header name.", nameof(name));
        }
        if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Content-Location", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{name} is set when the part is added.", nameof(name));
        }
        if (!HttpSyntax.IsSafeHeaderValue(value))
        {
            throw new ArgumentException("A part header value must be printable ASCII on one line.", nameof(value));
        }
        _owner.ThrowIfSealed();
        _headers.Add(new(name, value));
        return this;
    }
}
