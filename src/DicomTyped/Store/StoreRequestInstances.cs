using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Client;

/// <summary>
/// What a store request sent, to name the study and series of each instance in the result: the server's answer names
/// only SOP Class and SOP Instance (and a RetrieveURL for stored ones). Files are read back (header only) after the
/// answer and only when an instance still lacks its study or series; streams sent as they are cannot be read back.
/// </summary>
internal sealed class StoreRequestInstances
{
    private static readonly DicomTag StudyInstanceUid = new(0x0020000D);
    private static readonly DicomTag SeriesInstanceUid = new(0x0020000E);

    private readonly List<string> _paths = [];
    private readonly List<DicomDataset> _datasets = [];
    private Dictionary<string, (string? Study, string? Series)>? _bySopInstance;

    public void AddFile(string path) => _paths.Add(path);

    public void AddDataset(DicomDataset dataset) => _datasets.Add(dataset);

    /// <summary>Study and series of the instance sent with <paramref name="sopInstanceUid"/>, or nulls.</summary>
    public async ValueTask<(string? Study, string? Series)> FindAsync(string? sopInstanceUid, CancellationToken cancellationToken)
    {
        if (sopInstanceUid is null)
        {
            return (null, null);
        }
        _bySopInstance ??= await IndexAsync(cancellationToken).ConfigureAwait(false);
        return _bySopInstance.TryGetValue(sopInstanceUid, out var found) ? found : (null, null);
    }

    private async Task<Dictionary<string, (string?, string?)>> IndexAsync(CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        foreach (var dataset in _datasets)
        {
            Add(index, dataset);
        }
        foreach (var path in _paths)
        {
            try
            {
                using var file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforePixelData = true }, cancellationToken).ConfigureAwait(false);
                Add(index, file.Dataset);
            }
            catch (Exception exception) when (exception is DicomTypedException or IOException or UnauthorizedAccessException)
            {
                // The server has answered already; a file that cannot be read back only leaves its UIDs unknown.
            }
        }
        return index;
    }

    private static void Add(Dictionary<string, (string?, string?)> index, DicomDataset dataset)
    {
        if (dataset.GetUid(CoreTags.SOPInstanceUID) is { } sop)
        {
            index.TryAdd(sop, (dataset.GetUid(StudyInstanceUid), dataset.GetUid(SeriesInstanceUid)));
        }
    }
}
