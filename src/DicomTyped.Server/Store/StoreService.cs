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

namespace DicomTyped.Server.Store;

/// <summary>
/// Stores one instance from a stream: copies it to a new file (preamble zeroed), flushes it to disk, reads it back to
/// check it, then gives the file its key and commits its index row; answers only after both. A failure at any step
/// removes the new file and leaves what was stored before untouched.
/// </summary>
internal sealed class StoreService(DicomWebServices services)
{
    private const int PreambleLength = 128;

    // Instances being stored right now, by UIDs: a second request for the same instance fails with 45071.
    private readonly ConcurrentDictionary<(string, string, string), byte> _inFlight = new();

    /// <param name="body">The instance's bytes (a part body or the whole request body), read once.</param>
    /// <param name="routeStudy">The study of the route, if any.</param>
    /// <param name="apiVersion">1 also fails instances with invalid searchable attributes.</param>
    /// <param name="baseUrl">The API's base URL as the client reached it, for RetrieveURL, ending in '/'.</param>
    /// <param name="cancellationToken">Cancels the store; nothing is kept.</param>
    public async Task<StoreOutcome> StoreAsync(Stream body, string? routeStudy, int apiVersion, string baseUrl, CancellationToken cancellationToken)
    {
        await using var pending = services.Files.CreatePending();
        // A failure of the request body itself (malformed multipart, size limit, client gone) propagates to the endpoint;
        // disposing the pending file removes what was written.
        var size = await CopyZeroingPreambleAsync(body, pending.Stream, cancellationToken).ConfigureAwait(false);
        await pending.FlushAsync(cancellationToken).ConfigureAwait(false);

        DicomFile file;
        try
        {
            await using var readBack = pending.OpenReadBack();
            file = await DicomFile.ReadAsync(readBack, new DicomReadOptions { PixelData = PixelDataHandling.Reference }, cancellationToken).ConfigureAwait(false);
            // The whole file must be there: read the last element's value end (pixel data is only referenced).
            if (file.Dataset.TryGetElement(DicomTags.PixelData, out var pixels) && pixels.StreamRange is { } range && range.Offset + range.Length > size)
            {
                throw new DicomTruncatedException("The pixel data runs past the end of the file.", size);
            }
        }
        catch (DicomTypedException e)
        {
            return StoreOutcome.Failed(StoreReasons.ProcessingFailure, null, null, $"The part is not a readable DICOM Part 10 file: {e.Message}");
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
            else if (!UidSyntax.IsValid(value))
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
            return StoreOutcome.Failed(StoreReasons.ValidationFailure, sopClass, sopInstance, [.. problems]);
        }
        var study = Text(dataset, DicomTags.StudyInstanceUID)!;
        var series = Text(dataset, DicomTags.SeriesInstanceUID)!;
        if (routeStudy is not null && !string.Equals(study, routeStudy, StringComparison.Ordinal))
        {
            return StoreOutcome.Failed(StoreReasons.StudyMismatch, sopClass, sopInstance,
                $"StudyInstanceUID {study} differs from the study in the route, {routeStudy}.");
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
        if (apiVersion == 1 && warnings.Count > 0)
        {
            return StoreOutcome.Failed(StoreReasons.ValidationFailure, sopClass, sopInstance, [.. warnings]);
        }

        var key = (study, series, sopInstance!);
        if (!_inFlight.TryAdd(key, 0))
        {
            return StoreOutcome.Failed(StoreReasons.BeingCreated, sopClass, sopInstance, "The same instance is being stored by another request.");
        }
        try
        {
            if (await services.Index.ContainsAsync(study, series, sopInstance!, cancellationToken).ConfigureAwait(false))
            {
                return AlreadyStored(sopClass, sopInstance);
            }
            var record = InstanceIndexer.Build(dataset, study, series, sopInstance!, sopClass!, file.TransferSyntax.Uid, pending.FileKey, size, invalid);
            pending.Commit();
            AddInstanceOutcome added;
            try
            {
                added = await services.Index.AddInstanceAsync(record, CancellationToken.None).ConfigureAwait(false);
            }
            catch
            {
                services.Files.Delete(pending.FileKey);
                throw;
            }
            if (added == AddInstanceOutcome.AlreadyExists)
            {
                services.Files.Delete(pending.FileKey);
                return AlreadyStored(sopClass, sopInstance);
            }
            var url = $"{baseUrl}studies/{study}/series/{series}/instances/{sopInstance}";
            return new StoreOutcome(sopClass, sopInstance, url, null, warnings.Count > 0 ? StoreReasons.ValidationWarning : null, warnings);
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    private static readonly (DicomTag, string)[] RequiredUids =
    [
        (DicomTags.StudyInstanceUID, "StudyInstanceUID"),
        (DicomTags.SeriesInstanceUID, "SeriesInstanceUID"),
        (DicomTags.SOPInstanceUID, "SOPInstanceUID"),
        (DicomTags.SOPClassUID, "SOPClassUID"),
    ];

    private static StoreOutcome AlreadyStored(string? sopClass, string? sopInstance) =>
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

    /// <summary>Copies the body, writing zeros over the 128-byte preamble of a Part 10 file (PS3.10 7.1: it may hold anything).</summary>
    private static async Task<long> CopyZeroingPreambleAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            var head = await source.ReadAtLeastAsync(buffer.AsMemory(0, PreambleLength + 4), PreambleLength + 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (head == PreambleLength + 4 && buffer.AsSpan(PreambleLength, 4).SequenceEqual("DICM"u8))
            {
                buffer.AsSpan(0, PreambleLength).Clear();
            }
            await destination.WriteAsync(buffer.AsMemory(0, head), cancellationToken).ConfigureAwait(false);
            long total = head;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
            }
            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
