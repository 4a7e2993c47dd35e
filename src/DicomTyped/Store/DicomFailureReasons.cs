using System;

namespace DicomTyped.Client;

/// <summary>Maps FailureReason and WarningReason codes to <see cref="DicomFailureReason"/>.</summary>
public static class DicomFailureReasons
{
    /// <summary>The named reason for <paramref name="code"/>, or <see cref="DicomFailureReason.Unknown"/>.</summary>
    /// <param name="code">The US value of FailureReason or WarningReason.</param>
    public static DicomFailureReason Name(ushort code) =>
        Enum.IsDefined((DicomFailureReason)code) ? (DicomFailureReason)code : DicomFailureReason.Unknown;
}
