namespace DicomTyped.Client;

/// <summary>FailureReason (0008,1197) and WarningReason (0008,1196) values a store response may carry (PS3.4 and the Azure conformance statement).</summary>
public enum DicomFailureReason : ushort
{
    /// <summary>Not a reason the client knows; see <see cref="FailedInstance.ReasonCode"/>.</summary>
    Unknown = 0,

    /// <summary>1 (warning): the instance was stored with validation warnings.</summary>
    ValidationWarnings = 1,

    /// <summary>272 (0x0110): general processing failure.</summary>
    ProcessingFailure = 272,

    /// <summary>43264 (0xA900): the instance failed validation (a required attribute is missing or invalid).</summary>
    ValidationFailed = 43264,

    /// <summary>43265 (0xA901): the StudyInstanceUID does not match the study named in the route.</summary>
    StudyInstanceUidMismatch = 43265,

    /// <summary>45063 (warning, 0xB007): the data set does not match the SOP class constraints.</summary>
    DataSetDoesNotMatchSopClass = 45063,

    /// <summary>45070 (0xB00E): an instance with the same Study, Series and SOP Instance UIDs is already stored.</summary>
    AlreadyStored = 45070,

    /// <summary>45071 (0xB00F): the same instance is being created by another request.</summary>
    BeingCreatedByAnotherRequest = 45071,
}
