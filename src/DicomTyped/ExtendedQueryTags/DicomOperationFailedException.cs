namespace DicomTyped.Client;

/// <summary>
/// A long-running operation that <see cref="DicomWebClient.WaitForOperationAsync"/> waited for ended without succeeding
/// (status failed or canceled). For an extended query tag add, its tags stay Adding: delete them and add them again.
/// </summary>
public sealed class DicomOperationFailedException : DicomTypedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation as last read.</param>
    public DicomOperationFailedException(DicomOperation operation)
        : base($"Operation {operation?.OperationId} ({operation?.Type}) ended {operation?.Status} at {operation?.PercentComplete}% complete.")
    {
        Operation = operation!;
    }

    /// <summary>The operation as last read.</summary>
    public DicomOperation Operation { get; }
}
