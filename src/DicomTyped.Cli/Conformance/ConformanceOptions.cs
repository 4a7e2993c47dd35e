using System;

namespace DicomTyped.Cli.Conformance;

/// <summary>How the suite runs.</summary>
internal sealed record ConformanceOptions
{
    /// <summary>The profile the server's answers are judged against.</summary>
    public required ConformanceProfile Profile { get; init; }

    /// <summary>The longest one check may take (its requests included) before it fails as timed out.</summary>
    public TimeSpan CheckTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Called with each check as it finishes, for progress output; null for none.</summary>
    public Action<CheckResult>? OnCheck { get; init; }
}
