namespace DicomTyped.Cli.Retrieve;

/// <summary>What a retrieve or metadata command names: a study, a series of it, or an instance of that series.</summary>
/// <param name="Study">The Study Instance UID.</param>
/// <param name="Series">The Series Instance UID, for a series or an instance.</param>
/// <param name="Instance">The SOP Instance UID, for an instance.</param>
internal sealed record RetrieveTarget(string Study, string? Series = null, string? Instance = null)
{
    /// <summary>"study", "series" or "instance".</summary>
    public string Level => Instance is not null ? "instance" : Series is not null ? "series" : "study";
}
