namespace DicomTyped.Cli.Conformance;

/// <summary>What a check's body decided: pass with what was seen, or fail with expected against actual.</summary>
internal sealed record CheckVerdict(bool Passed, string Detail, string? Expected, string? Actual)
{
    public static CheckVerdict Pass(string detail) => new(true, detail, null, null);

    public static CheckVerdict Fail(string expected, string actual) => new(false, "", expected, actual);

    /// <summary>Pass with <paramref name="detail"/> when <paramref name="condition"/> holds, else fail with expected and actual.</summary>
    public static CheckVerdict When(bool condition, string detail, string expected, string actual) =>
        condition ? Pass(detail) : Fail(expected, actual);
}
