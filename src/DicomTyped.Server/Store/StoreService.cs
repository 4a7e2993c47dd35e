using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Index;
using DicomTyped.Server.Search;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.Store;

/// <summary>
/// Checks and stages the instances of store requests (<see cref="Begin"/> starts one). Each instance is copied to a new
/// file (preamble zeroed) and checked before anything is flushed: from the copy still in memory when it fits in one copy
/// block (small instances), otherwise read back from the file; the request then makes its instances
/// durable together (<see cref="StoreRequest"/>). Also knows which instances are being stored right now, so that a second
/// request for the same instance fails with 45071 instead of racing the first.
/// </summary>
internal sealed class StoreService(DicomWebServices services)
{
    private const int PreambleLength = 128;

    // Bytes read from the body before each write; an instance no larger is checked from memory, not read back.
    private const int CopyBlock = 128 * 1024;

    // Instances staged and not yet committed, by UIDs, with the request that stages them.
    private readonly ConcurrentDictionary<(string, string, string), StoreRequest> _inFlight = new();

    internal DicomWebServices Services => services;

    /// <summary>Starts a store request.</summary>
    /// <param name="routeStudy">The study of the route, if any.</param>
    /// <param name="apiVersion">1 also fails instances with invalid searchable attributes.</param>
    /// <param name="baseUrl">The API's base URL as the client reached it, for RetrieveURL, ending in '/'.</param>
    public StoreRequest Begin(string? routeStudy, int apiVersion, string baseUrl) => new(this, services.Files.CreateBatch(), routeStudy, apiVersion, baseUrl);

    /// <summary>Lets other requests store these instances again (after their commit, or when given up).</summary>
    internal void Release(IEnumerable<StagedInstance> instances)
    {
        foreach (var instance in instances)
        {
            _inFlight.TryRemove(instance.Key, out _);
        }
    }

    /// <summary>
    /// Copies one instance to a new file of <paramref name="files"/> and checks it: either a failed outcome (the file is
    /// removed) or the staged instance, with its index record, ready to be committed by <paramref name="owner"/>.
    /// </summary>
    /// <param name="body">The instance's bytes (a part body or the whole request body), read once. A failure of the body
    /// itself (malformed multipart, size limit, client gone) propagates, and the new file is removed.</param>
    /// <param name="owner">The request that stages it.</param>
    /// <param name="files">The request's file batch.</param>
    /// <param name="cancellationToken">Cancels the copy; the new file is removed.</param>
    internal async Task<(StoreOutcome? Failed, StagedInstance? Staged)> StageAsync(
        Stream body, StoreRequest owner, InstanceFileBatch files, CancellationToken cancellationToken)
    {
        var pending = files.Create();
        var keep = false;
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBlock);
        try
        {
            var (size, inMemory) = await CopyZeroingPreambleAsync(body, pending.Stream, buffer, cancellationToken).ConfigureAwait(false);
            await pending.CloseAsync(cancellationToken).ConfigureAwait(false);
            var (failed, staged) = await CheckAsync(pending, size, inMemory ? buffer : null, owner, cancellationToken).ConfigureAwait(false);
            keep = staged is not null;
            return (failed, staged);
        }
        finally
        {
            // The check is over: nothing refers to the buffer any more (the record holds copies of the values).
            ArrayPool<byte>.Shared.Return(buffer);
            if (!keep)
            {
                await pending.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <param name="pending">The file written.</param>
    /// <param name="size">Its length in bytes.</param>
    /// <param name="whole">The file's bytes (the first <paramref name="size"/>) when it fitted in one copy block: checked
    /// there, without reading the file back; null to read the file.</param>
    /// <param name="owner">The request that stages it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    private async Task<(StoreOutcome?, StagedInstance?)> CheckAsync(PendingInstanceFile pending, long size, byte[]? whole, StoreRequest owner, CancellationToken cancellationToken)
    {
        DicomFile file;
        try
        {
            await using var readBack = whole is null ? pending.OpenReadBack() : new MemoryStream(whole, 0, (int)size, writable: false);
            file = await DicomFile.ReadAsync(readBack, new DicomReadOptions { PixelData = PixelDataHandling.Reference }, cancellationToken).ConfigureAwait(false);
            // The whole file must be there: read the last element's value end (pixel data is only referenced).
            if (file.Dataset.TryGetElement(DicomTags.PixelData, out var pixels) && pixels.StreamRange is { } range && range.Offset + range.Length > size)
            {
                throw new DicomTruncatedException("The pixel data runs past the end of the file.", size);
            }
        }
        catch (DicomTypedException e)
        {
            return (StoreOutcome.Failed(StoreReasons.ProcessingFailure, null, null, $"The part is not a readable DICOM Part 10 file: {e.Message}"), null);
        }

        var dataset = file.Dataset;
        var sopClass = Text(dataset, DicomTags.SOPClassUID);
        var sopInstance = Text(dataset, DicomTags.SOPInstanceUID);
        var problems = new List<string>();
        foreach (var (tag, keyword) in RequiredUids)
        {
            var value = Text(dataset, tag);
            if (string.IsNullOrEmpty(value))
            {
                problems.Add($"{keyword} {tag} is missing or empty; it is required.");
            }
            else if (!DicomUid.IsWellFormed(value))
            {
                problems.Add($"{keyword} {tag} value '{value}' is not a UID (1 to 64 letters, digits, '.' and '-').");
            }
        }
        if (!dataset.Contains(DicomTags.PatientID))
        {
            problems.Add($"PatientID {DicomTags.PatientID} is missing; it is required (it may be empty).");
        }
        if (problems.Count > 0)
        {
            return (StoreOutcome.Failed(StoreReasons.ValidationFailure, sopClass, sopInstance, [.. problems]), null);
        }
        var study = Text(dataset, DicomTags.StudyInstanceUID)!;
        var series = Text(dataset, DicomTags.SeriesInstanceUID)!;
        if (owner.RouteStudy is { } routeStudy && !string.Equals(study, routeStudy, StringComparison.Ordinal))
        {
            return (StoreOutcome.Failed(StoreReasons.StudyMismatch, sopClass, sopInstance,
                $"StudyInstanceUID {study} differs from the study in the route, {routeStudy}."), null);
        }

        // Searchable attributes: v1 fails the instance, v2 stores it with a warning and leaves them out of search.
        var invalid = new HashSet<uint>();
        var warnings = new List<string>();
        foreach (var rule in ServerProfile.Searchable)
        {
            var tag = new DicomTag(rule.Tag);
            if (dataset.Contains(tag) && AttributeValidator.Check(dataset, tag, rule.Keyword, rule.VR) is { } comment)
            {
                invalid.Add(rule.Tag);
                warnings.Add(comment);
            }
        }
        if (owner.ApiVersion == 1 && warnings.Count > 0)
        {
            return (StoreOutcome.Failed(StoreReasons.ValidationFailure, sopClass, sopInstance, [.. warnings]), null);
        }

        var key = (study, series, sopInstance!);
        var holder = _inFlight.GetOrAdd(key, owner);
        if (holder != owner)
        {
            return (StoreOutcome.Failed(StoreReasons.BeingCreated, sopClass, sopInstance, "The same instance is being stored by another request."), null);
        }
        if (owner.IsStaged(key))
        {
            // The same instance earlier in this request: that one is stored, this one is the second copy.
            return (AlreadyStored(sopClass, sopInstance), null);
        }
        var record = InstanceIndexer.Build(dataset, study, series, sopInstance!, sopClass!, file.TransferSyntax.Uid, pending.FileKey, size, invalid);
        var url = $"{owner.BaseUrl}studies/{study}/series/{series}/instances/{sopInstance}";
        var stored = new StoreOutcome(sopClass, sopInstance, url, null, warnings.Count > 0 ? StoreReasons.ValidationWarning : null, warnings);
        return (null, new StagedInstance(key, pending, record, stored));
    }

    private static readonly (DicomTag, string)[] RequiredUids =
    [
        (DicomTags.StudyInstanceUID, "StudyInstanceUID"),
        (DicomTags.SeriesInstanceUID, "SeriesInstanceUID"),
        (DicomTags.SOPInstanceUID, "SOPInstanceUID"),
        (DicomTags.SOPClassUID, "SOPClassUID"),
    ];

    internal static StoreOutcome AlreadyStored(string? sopClass, string? sopInstance) =>
        StoreOutcome.Failed(StoreReasons.AlreadyExists, sopClass, sopInstance,
            "An instance with the same StudyInstanceUID, SeriesInstanceUID and SOPInstanceUID is already stored; delete it first to replace it.");

    private static string? Text(DicomDataset dataset, DicomTag tag)
    {
        try
        {
            return dataset.GetString(tag)?.Trim(' ', '\0');
        }
        catch (DicomTypedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Copies the body in blocks of <see cref="CopyBlock"/> bytes (each one synchronous write into the operating system's
    /// cache), writing zeros over the 128-byte preamble of a Part 10 file (PS3.10 7.1: it may hold anything). Returns the
    /// length, and whether the whole body fitted in the first block (then <paramref name="buffer"/> holds it).
    /// </summary>
    private static async Task<(long Size, bool InMemory)> CopyZeroingPreambleAsync(Stream source, Stream destination, byte[] buffer, CancellationToken cancellationToken)
    {
        var block = buffer.AsMemory(0, CopyBlock);
        var head = await source.ReadAtLeastAsync(block, CopyBlock, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (head >= PreambleLength + 4 && buffer.AsSpan(PreambleLength, 4).SequenceEqual("DICM"u8))
        {
            buffer.AsSpan(0, PreambleLength).Clear();
        }
        destination.Write(buffer, 0, head);
        if (head < CopyBlock)
        {
            return (head, true);
        }
        long total = head;
        int read;
        while ((read = await source.ReadAtLeastAsync(block, CopyBlock, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false)) > 0)
        {
            destination.Write(buffer, 0, read);
            total += read;
        }
        return (total, false);
    }
}
