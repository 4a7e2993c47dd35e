using System;

namespace DicomTyped.Dicom.Json;

/// <summary>How <see cref="DicomJsonWriter"/> writes a data set as DICOM JSON (PS3.18 F.2).</summary>
public sealed record DicomJsonWriterOptions
{
    /// <summary>
    /// The defaults: IS and DS as JSON numbers where their text is a valid JSON number, every binary value
    /// (OB, OD, OF, OL, OV, OW, UN, encapsulated pixel data) as <c>InlineBinary</c>.
    /// </summary>
    public static DicomJsonWriterOptions Default { get; } = new();

    /// <summary>
    /// Writes IS and DS values as JSON strings exactly as encoded (trimmed) instead of numbers. PS3.18 allows both;
    /// strings keep the text unchanged (e.g. <c>"1.50"</c>) for clients that compare it.
    /// </summary>
    public bool WriteNumericStringsAsStrings { get; init; }

    /// <summary>
    /// Chooses <c>BulkDataURI</c> over <c>InlineBinary</c>: called for each non-empty binary element (OB, OD, OF, OL,
    /// OV, OW, UN, encapsulated pixel data) at any depth; returns the URI to write, or null to write the value inline.
    /// A server's /metadata uses it to leave pixel data and other large values out of the JSON.
    /// Elements read from JSON with a <c>BulkDataURI</c> keep theirs when the callback returns null.
    /// </summary>
    public Func<DicomElement, string?>? BulkDataUriProvider { get; init; }
}
