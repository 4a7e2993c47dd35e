using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DicomTyped.Server.Index;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// The entity tag of a metadata response (RFC 9110 8.8.3), as the Azure DICOM service gives one: it changes whenever an
/// instance of the resource is stored, deleted, or deleted and stored again, because it is a hash of each instance's
/// UID and index version (the row id, new on every store).
/// </summary>
internal static class MetadataETag
{
    /// <summary>A strong entity tag, quoted: 32 hex digits of SHA-256 over the instances' UIDs and versions.</summary>
    public static string Compute(IEnumerable<InstanceLocation> instances)
    {
        var text = new StringBuilder();
        foreach (var instance in instances)
        {
            text.Append(instance.SopInstanceUid).Append('/').Append(instance.Version.ToString(CultureInfo.InvariantCulture)).Append(';');
        }
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(text.ToString()));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    /// <summary>True when If-None-Match names <paramref name="etag"/> (weak comparison, RFC 9110 13.1.2) or is <c>*</c>.</summary>
    public static bool MatchesIfNoneMatch(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
        {
            return false;
        }
        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }
        var current = new EntityTagHeaderValue(etag);
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false))
            {
                return true;
            }
        }
        return false;
    }
}
