using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Store;

/// <summary>
/// One STOW-RS request of several files, and what became of each. Every file's header is read first (up to the pixel
/// data): a file that is not DICOM fails here with the reader's reason and is never sent, and the SOP Instance UID it
/// names is how the server's answer (which names instances, not files) is matched back to the file.
/// </summary>
internal static class StoreBatch
{
    private static readonly DicomReadOptions HeaderOnly = new() { StopBeforePixelData = true };

    public static async Task<IReadOnlyList<StoreOutcome>> StoreAsync(DicomWebClient client, IReadOnlyList<StoreFile> files, string? study, CancellationToken cancellationToken)
    {
        var outcomes = new List<StoreOutcome>(files.Count);
        var sendable = new List<(StoreFile File, string Sop)>(files.Count);
        foreach (var file in files)
        {
            var (sop, failure) = await ReadSopInstanceUidAsync(file.Path, cancellationToken).ConfigureAwait(false);
            if (sop is null)
            {
                outcomes.Add(new StoreOutcome(file, null, StoreOutcomeKind.Failed, failure));
            }
            else
            {
                sendable.Add((file, sop));
            }
        }
        if (sendable.Count == 0)
        {
            return outcomes;
        }
        DicomStoreResult result;
        try
        {
            result = await client.StoreInstancesAsync(sendable.Select(s => s.File.Path), study, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DicomTypedException or IOException or UnauthorizedAccessException)
        {
            // The whole request failed (400, 413, 503 after the client's retries, a broken connection): so did each file in it.
            var reason = "the request failed: " + exception.Message.ReplaceLineEndings(" ").Trim();
            outcomes.AddRange(sendable.Select(s => new StoreOutcome(s.File, s.Sop, StoreOutcomeKind.Failed, reason)));
            return outcomes;
        }
        var answers = new Answers(result);
        outcomes.AddRange(sendable.Select(s => answers.Match(s.File, s.Sop)));
        return outcomes;
    }

    // The server's answer names instances, not files. Two files of one SOP Instance (the same image in two transfer
    // syntaxes) in one request get one item each, in the order they come: a stored item first, then failed ones, so
    // "stored 1, already present 1" is reported as such and not as two of one kind.
    private sealed class Answers(DicomStoreResult result)
    {
        private readonly Dictionary<string, Queue<StoredInstance>> _stored = Index(result.Stored, s => s.SopInstanceUid);
        private readonly Dictionary<string, Queue<FailedInstance>> _failed = Index(result.Failed, f => f.SopInstanceUid);

        public StoreOutcome Match(StoreFile file, string sop)
        {
            if (_stored.TryGetValue(sop, out var stored) && stored.TryDequeue(out var instance))
            {
                return instance.WarningReasonCode is { } warning
                    ? new StoreOutcome(file, sop, StoreOutcomeKind.Warned, StoreReasons.Describe(warning, instance.Comments))
                    : new StoreOutcome(file, sop, StoreOutcomeKind.Stored);
            }
            if (_failed.TryGetValue(sop, out var failures) && failures.TryDequeue(out var failed))
            {
                return failed.Reason == DicomFailureReason.AlreadyStored
                    ? new StoreOutcome(file, sop, StoreOutcomeKind.AlreadyPresent)
                    : new StoreOutcome(file, sop, StoreOutcomeKind.Failed, StoreReasons.Describe(failed.ReasonCode, failed.Comments));
            }
            // 200 means every instance was stored (PS3.18 10.5.3), even from a server whose answer lists none of them.
            return result.Status == DicomStoreStatus.Stored && result.Stored.Count == 0 && result.Failed.Count == 0
                ? new StoreOutcome(file, sop, StoreOutcomeKind.Stored)
                : new StoreOutcome(file, sop, StoreOutcomeKind.Failed, $"the server's answer ({(int)result.HttpStatus}) does not name this instance");
        }

        private static Dictionary<string, Queue<T>> Index<T>(IReadOnlyList<T> items, Func<T, string?> sop)
        {
            var index = new Dictionary<string, Queue<T>>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (sop(item) is { } uid)
                {
                    if (!index.TryGetValue(uid, out var queue))
                    {
                        index[uid] = queue = new Queue<T>();
                    }
                    queue.Enqueue(item);
                }
            }
            return index;
        }
    }

    private static async Task<(string? Sop, string? Failure)> ReadSopInstanceUidAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var file = await DicomFile.OpenAsync(path, HeaderOnly, cancellationToken).ConfigureAwait(false);
            var sop = file.Dataset.GetUid(DicomTags.SOPInstanceUID) ?? file.FileMetaInformation.GetUid(DicomTags.MediaStorageSOPInstanceUID);
            return sop is null ? (null, "not stored: the file has no SOP Instance UID") : (sop, null);
        }
        catch (Exception exception) when (exception is DicomTypedException or IOException or UnauthorizedAccessException)
        {
            return (null, "not a readable DICOM file: " + exception.Message.ReplaceLineEndings(" ").Trim());
        }
    }
}
