namespace DicomTyped.Client;

/// <summary>The change-feed semantics of the Azure DICOM service versions.</summary>
public enum ChangeFeedVersion
{
    /// <summary>v1 when the base address path has a <c>v1</c> segment, otherwise v2.</summary>
    Auto,

    /// <summary>v1: <c>offset</c> is an exclusive starting sequence number and <c>limit</c> bounds the sequence range.</summary>
    V1,

    /// <summary>v2: <c>offset</c> counts events to skip and <c>limit</c> bounds the number returned; time bounds are supported.</summary>
    V2,
}
