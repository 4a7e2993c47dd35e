using System.Collections.Generic;
using System.Linq;
using System.Net;
using DicomTyped.Client;

namespace DicomTyped.Cli.Tutorial;

/// <summary>What a running step sees: the client, the samples, and where it writes what it checked.</summary>
internal sealed class StepContext(DicomWebClient client, TutorialSamples samples)
{
    private readonly List<StepCheck> _checks = [];

    public DicomWebClient Client { get; } = client;

    public TutorialSamples Samples { get; } = samples;

    public IReadOnlyList<StepCheck> Checks => _checks;

    public bool Failed => _checks.Any(c => c.Passed == false);

    /// <summary>Records a check: <paramref name="text"/> says what was expected and what came back.</summary>
    public void Check(bool passed, string text) => _checks.Add(new StepCheck(text, passed));

    /// <summary>Records what came back, without judging it (PatientName of each instance, for example).</summary>
    public void Report(string text) => _checks.Add(new StepCheck(text, null));

    /// <summary>Checks that <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public void CheckEqual<T>(T expected, T actual, string what) =>
        Check(EqualityComparer<T>.Default.Equals(expected, actual), EqualityComparer<T>.Default.Equals(expected, actual)
            ? $"{what}: {actual}"
            : $"{what}: expected {expected}, got {actual}");

    /// <summary>Checks an HTTP status, printed as <c>200 OK</c>.</summary>
    public void CheckStatus(HttpStatusCode expected, HttpStatusCode actual) =>
        Check(expected == actual, expected == actual ? $"status {Text(actual)}" : $"status: expected {Text(expected)}, got {Text(actual)}");

    /// <summary>A status as <c>409 Conflict</c>.</summary>
    public static string Text(HttpStatusCode status) => $"{(int)status} {System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " ")}";

    /// <summary>Checks that the UIDs seen are exactly the expected ones, in any order.</summary>
    public void CheckSameUids(IEnumerable<string?> expected, IEnumerable<string?> actual, string what)
    {
        var want = expected.Order().ToArray();
        var got = actual.Order().ToArray();
        var same = want.SequenceEqual(got);
        Check(same, same ? $"{what}: {got.Length}, the expected ones" : $"{what}: expected {string.Join(", ", want)}; got {string.Join(", ", got)}");
    }
}
