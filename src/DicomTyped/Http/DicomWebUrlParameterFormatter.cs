using System;
using System.Globalization;
using System.Reflection;
using Refit;

namespace DicomTyped.Http;

/// <summary>
/// Formats query values the way DICOMweb servers document them: booleans as <c>true</c>/<c>false</c> (Refit's
/// default writes <c>True</c>), instants as UTC ISO 8601, numbers in the invariant culture.
/// </summary>
internal sealed class DicomWebUrlParameterFormatter : DefaultUrlParameterFormatter
{
    public override string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) => value switch
    {
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        _ => base.Format(value, attributeProvider, type),
    };
}
