namespace DicomTyped.Cli.Tutorial;

/// <summary>One thing a step verified (or only reported, when <paramref name="Passed"/> is null).</summary>
/// <param name="Text">What was checked, with the value seen.</param>
/// <param name="Passed">True or false for a check; null for a line that only reports what came back.</param>
internal sealed record StepCheck(string Text, bool? Passed);
