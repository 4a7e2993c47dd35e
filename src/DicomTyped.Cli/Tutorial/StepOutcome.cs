using System.Collections.Generic;
using System.Linq;

namespace DicomTyped.Cli.Tutorial;

/// <summary>How a step went: the requests it sent, what it checked, and the error that stopped it, if one did.</summary>
/// <param name="Number">1-based position in the walk-through.</param>
/// <param name="Count">How many steps the walk-through has.</param>
/// <param name="Title">The step's title.</param>
/// <param name="Exchanges">Requests sent and statuses received, retries included.</param>
/// <param name="Checks">What was checked or reported.</param>
/// <param name="Error">One line saying why the step could not finish; null when it finished.</param>
internal sealed record StepOutcome(int Number, int Count, string Title, IReadOnlyList<HttpExchange> Exchanges, IReadOnlyList<StepCheck> Checks, string? Error)
{
    /// <summary>True when the step finished and every check held.</summary>
    public bool Passed => Error is null && !Checks.Any(c => c.Passed == false);
}
