using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Conformance;

internal sealed partial class ConformanceRunner
{
    private const ushort DuplicateInstance = 45070;    // the Azure DICOM service's failure reason for an instance already stored

    private async Task StoreChecksAsync(CancellationToken cancellationToken)
    {
        await CheckAsync("store.multipart", "store", "STOW-RS multipart/related: four instances in one request",
            "200 with all four SOP Instances in ReferencedSOPSequence",
            async ct =>
            {
                var result = await _client.StoreInstancesAsync(_study.Multipart.Select(Encode).ToList(), cancellationToken: ct).ConfigureAwait(false);
                var storedUids = result.Stored.Select(s => s.SopInstanceUid).ToHashSet();
                _stored.AddRange(_study.Multipart.Where(i => storedUids.Contains(i.Instance)));
                return CheckVerdict.When(result.HttpStatus == HttpStatusCode.OK && _stored.Count == _study.Multipart.Count,
                    $"200, {_stored.Count} stored",
                    $"200 with {_study.Multipart.Count} stored",
                    $"{(int)result.HttpStatus}, {result.Stored.Count} stored, {result.Failed.Count} failed" + FailureReasons(result.Failed.Select(f => f.ReasonCode)));
            }, cancellationToken).ConfigureAwait(false);

        if (Capabilities.SinglePartStore is { } noSinglePart)
        {
            NotSupported("store.single-part", "store", "STOW-RS of a single application/dicom body", noSinglePart);
        }
        else
        {
            await CheckAsync("store.single-part", "store", "STOW-RS of a single application/dicom body", "200 with the instance in ReferencedSOPSequence",
                async ct =>
                {
                    var instance = _study.SinglePart;
                    var result = await _client.StoreSinglePartAsync(Encode(instance), cancellationToken: ct).ConfigureAwait(false);
                    var stored = result.Stored.Any(s => s.SopInstanceUid == instance.Instance);
                    if (stored)
                    {
                        _stored.Add(instance);
                    }
                    return CheckVerdict.When(result.HttpStatus == HttpStatusCode.OK && stored, "200, stored",
                        "200 with the instance stored", $"{(int)result.HttpStatus}, {result.Stored.Count} stored, {result.Failed.Count} failed");
                }, cancellationToken).ConfigureAwait(false);
        }

        var first = _stored.FirstOrDefault();
        if (Capabilities.DuplicateRejected is { } noDuplicate)
        {
            NotSupported("store.duplicate", "store", "STOW-RS of an instance already stored is refused", noDuplicate);
        }
        else if (first is not null)
        {
            await CheckAsync("store.duplicate", "store", "STOW-RS of an instance already stored is refused", $"409 with failure reason {DuplicateInstance}",
                async ct =>
                {
                    var result = await _client.StoreInstancesAsync([Encode(first)], cancellationToken: ct).ConfigureAwait(false);
                    var reasons = result.Failed.Select(f => f.ReasonCode).ToList();
                    return CheckVerdict.When(result.HttpStatus == HttpStatusCode.Conflict && reasons.Contains(DuplicateInstance),
                        $"409, failure reason {DuplicateInstance}",
                        $"409 with failure reason {DuplicateInstance}",
                        $"{(int)result.HttpStatus}" + FailureReasons(reasons));
                }, cancellationToken).ConfigureAwait(false);
        }
    }

    // Written with our Part 10 writer in the instance's own transfer syntax (the client's default would re-encode).
    private static Stream Encode(SyntheticInstance instance)
    {
        var buffer = new MemoryStream();
        using (var file = instance.ToFile())
        {
            file.Save(buffer, DicomWriteOptions.SourceTransferSyntax);
        }
        buffer.Position = 0;
        return buffer;
    }

    private static string FailureReasons(IEnumerable<ushort> reasons)
    {
        var list = reasons.ToList();
        return list.Count == 0 ? "" : ", failure reasons " + string.Join(", ", list);
    }
}
