using System;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// An element read from DICOM JSON whose value was given as a <c>BulkDataURI</c> (PS3.18 F.2.6): the value is not in
/// the JSON, so the element holds no bytes, only the URI to retrieve them from.
/// </summary>
public sealed class DicomJsonBulkDataElement : DicomElement
{
    /// <summary>Creates a reference to a value held elsewhere.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="vr">The VR the JSON gave.</param>
    /// <param name="bulkDataUri">The URI the value can be retrieved from (absolute or relative, as sent).</param>
    public DicomJsonBulkDataElement(DicomTag tag, DicomVR vr, string bulkDataUri)
        : base(tag, vr, ReadOnlyMemory<byte>.Empty)
    {
        ArgumentNullException.ThrowIfNull(bulkDataUri);
        BulkDataUri = bulkDataUri;
    }

    /// <summary>The URI the value can be retrieved from.</summary>
    public string BulkDataUri { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VR} BulkDataURI {BulkDataUri}";
}
