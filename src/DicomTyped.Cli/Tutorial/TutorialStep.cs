using System;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tutorial;

/// <summary>One row of the walk-through (reference section 1): a title and the client calls that make it.</summary>
/// <param name="Title">What the step does, in the walk-through's words.</param>
/// <param name="Run">Calls the client and records its checks on the context.</param>
internal sealed record TutorialStep(string Title, Func<StepContext, CancellationToken, Task> Run);
