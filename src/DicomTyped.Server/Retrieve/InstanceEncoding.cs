using DicomTyped.Dicom.Part10;

namespace DicomTyped.Server.Retrieve;

/// <summary>How one stored instance is sent: its file's bytes as they are, or re-encoded in another transfer syntax.</summary>
/// <param name="TransferSyntax">The transfer syntax the client receives.</param>
/// <param name="Transcode">False: the stored file's bytes, untouched; true: re-encoded by the Part 10 writer.</param>
internal sealed record InstanceEncoding(TransferSyntax TransferSyntax, bool Transcode)
{
    /// <summary>
    /// How an instance stored in <paramref name="stored"/> can be sent in <paramref name="requested"/> (a UID or
    /// <c>*</c>); null when it cannot (406). The stored bytes serve <c>*</c> and their own syntax; Explicit VR Little
    /// Endian is produced from every other uncompressed syntax (implicit VR, explicit VR big endian, deflated), as long
    /// as the file is at most <paramref name="maxTranscodeSize"/> bytes (Azure refuses to transcode above 100 MB).
    /// Encapsulated (compressed) pixel data is never decompressed or recompressed here.
    /// </summary>
    public static InstanceEncoding? Choose(TransferSyntax stored, string requested, long fileLength, long maxTranscodeSize)
    {
        if (requested == RetrievedForm.AnyTransferSyntax || requested == stored.Uid)
        {
            return new InstanceEncoding(stored, Transcode: false);
        }
        if (requested == TransferSyntax.ExplicitVRLittleEndian.Uid && stored.IsKnown && !stored.IsEncapsulated
            && stored.Uid != TransferSyntax.JPIPReferenced.Uid && stored.Uid != TransferSyntax.JPIPReferencedDeflate.Uid
            && fileLength <= maxTranscodeSize)
        {
            return new InstanceEncoding(TransferSyntax.ExplicitVRLittleEndian, Transcode: true);
        }
        return null;
    }
}
