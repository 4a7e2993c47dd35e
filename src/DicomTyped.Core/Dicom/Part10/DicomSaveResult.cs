using System.Collections.Generic;

namespace DicomTyped.Dicom.Part10;

/// <summary>What a save wrote.</summary>
/// <param name="TransferSyntax">The transfer syntax the data set was written in.</param>
/// <param name="Warnings">
/// What the save changed or let through, one sentence each: a conversion from Explicit VR Big Endian to a little-endian
/// syntax, and every invalid value written under <see cref="DicomWriteOptions.AllowInvalidValues"/>. Empty for most saves.
/// </param>
public sealed record DicomSaveResult(TransferSyntax TransferSyntax, IReadOnlyList<string> Warnings);
