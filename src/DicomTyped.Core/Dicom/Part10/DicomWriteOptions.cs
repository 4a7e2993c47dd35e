namespace DicomTyped.Dicom.Part10;

/// <summary>How a Part 10 file is written.</summary>
public sealed record DicomWriteOptions
{
    /// <summary>The defaults: Explicit VR Little Endian (or the source syntax for encapsulated pixel data).</summary>
    public static DicomWriteOptions Default { get; } = new();

    /// <summary>Write in the transfer syntax the file was read in (<see cref="DicomFile.TransferSyntax"/>).</summary>
    public static DicomWriteOptions SourceTransferSyntax { get; } = new() { KeepTransferSyntax = true };

    /// <summary>
    /// The transfer syntax to write. Null means Explicit VR Little Endian, except that encapsulated pixel data, which
    /// this library does not transcode, keeps the file's own transfer syntax.
    /// </summary>
    public TransferSyntax? TransferSyntax { get; init; }

    /// <summary>Write in <see cref="DicomFile.TransferSyntax"/>, ignoring <see cref="TransferSyntax"/>.</summary>
    public bool KeepTransferSyntax { get; init; }

    /// <summary>The Implementation Class UID written when the meta group has none.</summary>
    public string ImplementationClassUid { get; init; } = "2.25.186049412383264186398946151893658164931";

    /// <summary>The Implementation Version Name written when the meta group has none.</summary>
    public string ImplementationVersionName { get; init; } = "DICOMTYPED_1";

    /// <summary>
    /// Write values that break their VR's rules (PS3.5 6.2) instead of refusing them, listing each in
    /// <see cref="DicomSaveResult.Warnings"/>; for making test data on purpose, as DCMTK's tools allow. Structure
    /// (item tags, SQ as bytes, group 0002 in the data set, cycles, lengths the encoding cannot hold) is always
    /// refused. False by default.
    /// </summary>
    public bool AllowInvalidValues { get; init; }

    /// <summary>
    /// The deepest nesting of sequences written; deeper is refused with <see cref="Validation.DicomValidationRule.NestingDepth"/>.
    /// 128 by default, above the reader's default of 64 (<see cref="DicomReadOptions.MaxNestingDepth"/>).
    /// </summary>
    public int MaxNestingDepth { get; init; } = 128;
}
