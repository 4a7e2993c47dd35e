using System;
using System.Net.Http;
using Refit;

namespace DicomTyped.Http;

/// <summary>
/// Creates the source-generated Refit clients (never the reflection ones) with the settings the DICOMweb interfaces need. The routes are
/// relative ("studies/…", no leading '/'), so Refit must resolve them by RFC 3986 against a base ending in '/';
/// its legacy mode would reject them.
/// </summary>
internal static class DicomWebRefit
{
    /// <summary>New Refit settings for the DICOMweb interfaces (RFC 3986 URL resolution, DICOMweb query formatting).</summary>
    public static RefitSettings CreateSettings() => new()
    {
        UrlResolution = UrlResolutionMode.Rfc3986,
        UrlParameterFormatter = new DicomWebUrlParameterFormatter(),
    };

    /// <summary>
    /// A Refit client of <typeparamref name="TApi"/> over <paramref name="httpClient"/>, whose base address is
    /// normalised to end with '/'. The client's handlers should include <see cref="VerbatimQueryHandler"/>
    /// (see <see cref="DicomWebHttpClientFactory"/>) for searches to keep '^' unescaped.
    /// </summary>
    /// <typeparam name="TApi">One of the DICOMweb interfaces, such as <see cref="IDicomWebApi"/>.</typeparam>
    /// <param name="httpClient">A client whose <see cref="HttpClient.BaseAddress"/> is the service base.</param>
    public static TApi For<TApi>(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs a BaseAddress: the DICOMweb service base, with its version segment.", nameof(httpClient));
        }
        var normalized = DicomWebBaseAddress.Normalize(httpClient.BaseAddress);
        if (normalized != httpClient.BaseAddress)
        {
            // HttpClient refuses changes once it has sent a request, so only touch it when needed.
            httpClient.BaseAddress = normalized;
        }
        // ForGenerated never falls back to reflection (Refit.Reflection is not available, and the library is AOT-compatible).
        return RestService.ForGenerated<TApi>(httpClient, CreateSettings());
    }
}
