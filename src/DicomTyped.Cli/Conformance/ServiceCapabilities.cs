namespace DicomTyped.Cli.Conformance;

/// <summary>
/// What a service offers beyond QIDO-RS. The profile files describe searches only; these come from each service's
/// conformance statement (and, for Orthanc, from what its DICOMweb plugin 1.7 answers), so a gap the service documents is
/// reported as not-supported instead of a failure. Each reason is printed in the report.
/// </summary>
/// <param name="SinglePartStore">STOW-RS of a bare <c>application/dicom</c> body (not multipart); null when offered, else why not.</param>
/// <param name="DuplicateRejected">A second store of the same SOP Instance is refused with 409 and failure reason 45070; null when so, else why not.</param>
/// <param name="TransferSyntaxConversion">WADO-RS returns an uncompressed instance in another uncompressed transfer syntax asked for; null when offered.</param>
/// <param name="Rendered">WADO-RS rendered resources (PS3.18 10.4.1.1.3); null when offered.</param>
/// <param name="Delete">DELETE of studies, series and instances (not in PS3.18); null when offered.</param>
/// <param name="ChangeFeed">The change feed (<c>/changefeed</c>, not in PS3.18); null when offered.</param>
internal sealed record ServiceCapabilities(
    string? SinglePartStore,
    string? DuplicateRejected,
    string? TransferSyntaxConversion,
    string? Rendered,
    string? Delete,
    string? ChangeFeed)
{
    /// <summary>The Azure DICOM service (and the embedded server, which behaves like it): everything.</summary>
    public static ServiceCapabilities Azure { get; } = new(null, null, null, null, null, null);

    /// <summary>Orthanc 1.10 with the DICOMweb plugin 1.7.</summary>
    public static ServiceCapabilities Orthanc { get; } = new(
        SinglePartStore: "Orthanc's DICOMweb plugin stores multipart/related bodies only (415 for a single application/dicom body)",
        DuplicateRejected: "Orthanc stores an instance again over the first (200), it does not refuse duplicates",
        TransferSyntaxConversion: null,
        Rendered: null,
        Delete: "Orthanc's DICOMweb plugin has no DELETE (405); deletion is through Orthanc's own REST API",
        ChangeFeed: "Orthanc has no DICOMweb change feed (its /changes is its own REST API)");

    /// <summary>An origin server as PS3.18 describes it: no delete, no change feed, duplicate handling left to the server.</summary>
    public static ServiceCapabilities Standard { get; } = new(
        SinglePartStore: "PS3.18 10.5 stores multipart/related bodies; a single application/dicom body is an extension",
        DuplicateRejected: "PS3.18 leaves a repeated SOP Instance to the server (45070 is the Azure DICOM service's code)",
        TransferSyntaxConversion: null,
        Rendered: null,
        Delete: "PS3.18 defines no DELETE",
        ChangeFeed: "PS3.18 defines no change feed");
}
