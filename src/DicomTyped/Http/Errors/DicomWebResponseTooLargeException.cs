using System.Globalization;

namespace DicomTyped.Http;

/// <summary>
/// A body the client reads into memory (DICOM JSON, a frame, a rendered image) was longer than the limit set for it in
/// <c>DicomWebClientOptions</c>, by its Content-Length or while being read. Reading stops at the limit, so memory stays
/// bounded whatever the server sends. Raise the option named by <see cref="OptionName"/> when the body is legitimate,
/// or use a streaming call (retrieve to files or to a stream) which has no size limit.
/// </summary>
public sealed class DicomWebResponseTooLargeException : DicomWebException
{
    internal DicomWebResponseTooLargeException(DicomWebError error, string what, long limit, string optionName, long? declaredLength)
        : base(error, Describe(error, what, limit, optionName, declaredLength), null)
    {
        Limit = limit;
        OptionName = optionName;
        DeclaredLength = declaredLength;
    }

    /// <summary>The limit in bytes that was exceeded.</summary>
    public long Limit { get; }

    /// <summary>The <c>DicomWebClientOptions</c> property holding the limit, such as <c>MaxJsonBodyBytes</c>.</summary>
    public string OptionName { get; }

    /// <summary>The Content-Length the server declared, when it declared one past the limit; null when the limit was reached while reading.</summary>
    public long? DeclaredLength { get; }

    private static string Describe(DicomWebError error, string what, long limit, string optionName, long? declaredLength)
    {
        var size = declaredLength is { } declared
            ? string.Create(CultureInfo.InvariantCulture, $"declares {declared} bytes")
            : "is longer";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Describe(error.Method, error.RequestPath)}: the {what} {size}, past the limit of {limit} bytes (DicomWebClientOptions.{optionName}); nothing more was read.");
    }
}
