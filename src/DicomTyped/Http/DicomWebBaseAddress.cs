using System;

namespace DicomTyped.Http;

/// <summary>
/// Normalises a service base address. The address carries the API version (<c>…/v2</c>) and any prefix
/// (<c>…/dicom-web</c>); relative routes are resolved against it by RFC 3986 rules, which drop the last
/// segment of a base without a trailing '/'. Hence the base always ends with '/'.
/// </summary>
internal static class DicomWebBaseAddress
{
    /// <summary>The base with a trailing '/', after checking it is an absolute http(s) address without query or fragment.</summary>
    /// <param name="baseAddress">For example <c>https://ws-svc.dicom.azurehealthcareapis.com/v2</c>.</param>
    public static Uri Normalize(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"A DICOMweb base address is an absolute http or https address; got '{baseAddress}'.", nameof(baseAddress));
        }
        if (baseAddress.Query.Length > 0 || baseAddress.Fragment.Length > 0)
        {
            throw new ArgumentException("A DICOMweb base address has no query or fragment.", nameof(baseAddress));
        }
        return baseAddress.AbsolutePath.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
    }

    /// <summary>Parses and normalises <paramref name="baseAddress"/>.</summary>
    /// <param name="baseAddress">For example <c>http://127.0.0.1:8042/dicom-web</c>.</param>
    public static Uri Normalize(string baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!Uri.TryCreate(baseAddress, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{baseAddress}' is not an absolute address.", nameof(baseAddress));
        }
        return Normalize(uri);
    }
}
