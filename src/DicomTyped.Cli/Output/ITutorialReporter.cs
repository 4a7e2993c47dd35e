using DicomTyped.Cli.Tutorial;

namespace DicomTyped.Cli.Output;

/// <summary>Prints the tutorial: plain lines when stdout is redirected, colours and marks on a terminal.</summary>
internal interface ITutorialReporter
{
    /// <summary>Says where the walk-through runs.</summary>
    void Started(string target);

    /// <summary>Prints one finished step.</summary>
    void StepFinished(StepOutcome outcome);

    /// <summary>Prints the closing line: <paramref name="ran"/> is less than <paramref name="count"/> when the run stopped early.</summary>
    void Finished(int passed, int ran, int count);
}
