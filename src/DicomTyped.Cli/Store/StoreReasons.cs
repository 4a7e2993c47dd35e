using System.Collections.Generic;
using System.Globalization;
using DicomTyped.Client;

namespace DicomTyped.Cli.Store;

/// <summary>FailureReason and WarningReason codes (PS3.4 Annex B, PS3.18 10.5.3, the Azure conformance statement) in words.</summary>
internal static class StoreReasons
{
    public static string Describe(ushort code, IReadOnlyList<string> comments)
    {
        var words = DicomFailureReasons.Name(code) switch
        {
            DicomFailureReason.ValidationWarnings => "stored with validation warnings",
            DicomFailureReason.ProcessingFailure => "the server could not process it",
            DicomFailureReason.ValidationFailed => "it failed the server's validation",
            DicomFailureReason.StudyInstanceUidMismatch => "its Study Instance UID is not the study it was stored into",
            DicomFailureReason.DataSetDoesNotMatchSopClass => "the data set does not match its SOP class",
            DicomFailureReason.AlreadyStored => "already stored",
            DicomFailureReason.BeingCreatedByAnotherRequest => "another request is storing the same instance",
            _ => code == 0 ? "the server gave no reason" : "a reason this program does not know",
        };
        var text = $"{words} ({code.ToString(CultureInfo.InvariantCulture)}, 0x{code:X4})";
        return comments.Count == 0 ? text : $"{text}: {string.Join("; ", comments)}";
    }
}
