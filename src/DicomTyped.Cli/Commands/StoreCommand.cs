using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Store;
using DicomTyped.Cli.Transfer;
using DicomTyped.Client;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb store PATH... [--include GLOB] [--exclude GLOB] [--batch N] [--parallel N] [--study UID] [--resume MANIFEST]
/// [--retries N]</c>: Part 10 files and folders (recursively) by STOW-RS, with a summary; exit code 1 when any file failed.
/// </summary>
internal static class StoreCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Part 10 files and folders (folders are searched recursively)", Arity = ArgumentArity.OneOrMore };
        var include = new Option<string[]>("--include") { Description = "Only files under a folder matching this glob (e.g. '**/*.dcm'); repeatable", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out files under a folder matching this glob; repeatable" };
        var batch = new Option<int>("--batch") { Description = "Instances per store request", DefaultValueFactory = _ => 10 };
        var parallel = new Option<int>("--parallel") { Description = "Store requests in flight at once", DefaultValueFactory = _ => 4 };
        var study = new Option<string>("--study") { Description = "Store every instance into this study (POST studies/{study}); others fail with reason 43265" };
        var resume = new Option<string>("--resume") { Description = "Manifest file: skip the files it records as stored, and record this run's (created when missing)" };
        var retries = new Option<int>("--retries") { Description = "Retries of a request answered 408, 429 or 5xx, or cut off, with back-off, jitter and Retry-After", DefaultValueFactory = _ => 3 };
        var command = new Command("store", "Store DICOM files and folders (STOW-RS): batched, in parallel, resumable, with a summary of stored, already present, warned and failed")
        {
            paths, include, exclude, batch, parallel, study, resume, retries,
        };
        return command.WithAction(async (context, cancellationToken) =>
        {
            var request = new StoreRequest(
                context.Get(paths) ?? [], context.Get(include) ?? [], context.Get(exclude) ?? [],
                context.Get(batch), context.Get(parallel), context.Get(study), context.Get(resume));
            // Storing a file again is safe (the server answers 45070 for what it has), so store requests are retried too.
            using var client = context.CreateClient(new DicomWebClientOptions { RetryStore = true, MaxRetryAttempts = context.Get(retries) });
            var summary = await StoreRunner.RunAsync(client, request, TransferProgress.For(context.IsTerminal, context.Error), cancellationToken).ConfigureAwait(false);
            summary.Write(context.Output);
            if (!summary.AnyFailed)
            {
                return 0;
            }
            await context.Error.WriteLineAsync($"dicomweb: {summary.Count(StoreOutcomeKind.Failed)} of {summary.Outcomes.Count} files were not stored").ConfigureAwait(false);
            return CommandErrors.Failed;
        });
    }
}
