namespace DicomTyped.Client;

/// <summary>What a store request achieved, from its HTTP status (PS3.18 10.5.3).</summary>
public enum DicomStoreStatus
{
    /// <summary>200: every instance was stored.</summary>
    Stored,

    /// <summary>202: some instances were stored, or all were stored with warnings.</summary>
    PartiallyStored,

    /// <summary>409: no instance was stored (see each <see cref="FailedInstance.Reason"/>).</summary>
    NothingStored,

    /// <summary>204: the request held no instance.</summary>
    Empty,
}
