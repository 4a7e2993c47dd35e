namespace DicomTyped.Cli.Store;

/// <summary>What became of one file.</summary>
internal enum StoreOutcomeKind
{
    /// <summary>Stored without warning.</summary>
    Stored,

    /// <summary>Stored, with a WarningReason.</summary>
    Warned,

    /// <summary>The server has it already (FailureReason 45070): nothing to do.</summary>
    AlreadyPresent,

    /// <summary>Not stored: see the reason.</summary>
    Failed,
}

/// <summary>One file's outcome, with the reason in words for a warning or a failure.</summary>
internal sealed record StoreOutcome(StoreFile File, string? SopInstanceUid, StoreOutcomeKind Kind, string? Reason = null)
{
    /// <summary>True when the server holds the instance afterwards, so a resumed run can skip the file.</summary>
    public bool IsOnServer => Kind is StoreOutcomeKind.Stored or StoreOutcomeKind.Warned or StoreOutcomeKind.AlreadyPresent;
}
