namespace DicomTyped.Cli.Output;

/// <summary>The tutorial's closing line, the same in plain and rich output.</summary>
internal static class TutorialSummary
{
    public static string Text(int passed, int ran, int count) =>
        passed == count ? $"All {count} steps passed."
        : ran < count ? $"Stopped after step {ran} of {count}: {ran - passed} FAILED, {passed} passed."
        : $"{count - passed} of {count} steps FAILED ({passed} passed).";
}
