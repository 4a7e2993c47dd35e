namespace DicomTyped.Cli.Tutorial;

/// <summary>How the walk-through went as a whole.</summary>
/// <param name="Passed">Steps that passed.</param>
/// <param name="Ran">Steps that ran (fewer than <paramref name="Count"/> when the run stopped early).</param>
/// <param name="Count">Steps in the walk-through.</param>
/// <param name="FirstFailure">One line naming the first step that differed and why; null when all passed.</param>
internal sealed record TutorialResult(int Passed, int Ran, int Count, string? FirstFailure)
{
    public bool AllPassed => Passed == Count;
}
