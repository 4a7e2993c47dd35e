using System;
using System.Collections.Generic;

namespace DicomTyped.Query;

/// <summary>A built QIDO-RS search: the route relative to the service root and the encoded query string.</summary>
public sealed class QidoRequest
{
    /// <summary>Creates a request from a relative path (<c>studies</c>, <c>studies/{uid}/series</c>…) and an encoded query string without <c>?</c>.</summary>
    public QidoRequest(string path, string queryString)
        : this(path, queryString, [])
    {
    }

    /// <summary>Creates a request whose answers the client must also filter (see <see cref="ClientFilters"/>).</summary>
    public QidoRequest(string path, string queryString, IReadOnlyList<QidoClientFilter> clientFilters)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(queryString);
        ArgumentNullException.ThrowIfNull(clientFilters);
        Path = path;
        QueryString = queryString;
        ClientFilters = clientFilters;
    }

    /// <summary>
    /// Matches the client checks on every answer, because the server was sent a wider form of the value (a server
    /// that does not percent-decode, see <see cref="QidoClientFilter"/>); empty for most requests.
    /// </summary>
    public IReadOnlyList<QidoClientFilter> ClientFilters { get; }

    /// <summary>The route relative to the service root, e.g. <c>studies/1.2.3/series</c> (no leading slash).</summary>
    public string Path { get; }

    /// <summary>The query string without <c>?</c>, encoded as described on <see cref="QidoEncoding"/>; empty when there are no parameters.</summary>
    public string QueryString { get; }

    /// <summary><see cref="Path"/>, then <c>?</c> and <see cref="QueryString"/> when there is one.</summary>
    public string PathAndQuery => QueryString.Length == 0 ? Path : Path + "?" + QueryString;

    /// <summary>
    /// The absolute URI under <paramref name="baseAddress"/>, keeping its path (<c>https://host/v2/</c>,
    /// <c>http://host/dicom-web</c>). Path and query canonicalization is disabled so characters such as
    /// <c>^</c> reach the server exactly as encoded here: Orthanc does not percent-decode QIDO values.
    /// </summary>
    public Uri ToUri(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("The base address must be absolute.", nameof(baseAddress));
        }
        var root = baseAddress.GetLeftPart(UriPartial.Path);
        var text = root.EndsWith('/') ? root + PathAndQuery : root + "/" + PathAndQuery;
        return new Uri(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }

    /// <inheritdoc />
    public override string ToString() => PathAndQuery;
}
