namespace DicomTyped.Server.Retrieve;

/// <summary>
/// One way a client accepts a retrieved resource, taken from one media range of its Accept header (PS3.18 8.7.3):
/// the media type of the payload (of each part when <see cref="Multipart"/>), whether it is wrapped in
/// multipart/related, and the transfer syntax asked for (a UID, or <c>*</c> for "as stored").
/// </summary>
/// <param name="PayloadType">The payload's media type, e.g. <c>application/dicom</c> or <c>application/octet-stream</c>.</param>
/// <param name="Multipart">True for <c>multipart/related; type=…</c>, false for a single-part body.</param>
/// <param name="TransferSyntax">A transfer syntax UID, or <see cref="AnyTransferSyntax"/>.</param>
internal sealed record RetrievedForm(string PayloadType, bool Multipart, string TransferSyntax)
{
    /// <summary>The <c>transfer-syntax=*</c> value: the resource as it is stored.</summary>
    public const string AnyTransferSyntax = "*";

    /// <summary>True when the client takes the stored transfer syntax.</summary>
    public bool AcceptsStored => TransferSyntax == AnyTransferSyntax;
}
