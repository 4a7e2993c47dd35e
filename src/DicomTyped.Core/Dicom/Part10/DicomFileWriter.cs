using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Validation;

namespace DicomTyped.Dicom.Part10;

/// <summary>Writes a Part 10 file: preamble, "DICM", the meta group with its group length recomputed, then the data set.</summary>
internal static class DicomFileWriter
{
    private static readonly DicomDatasetWriter s_metaWriter = new(explicitVR: true, bigEndian: false);

    public static async ValueTask<DicomSaveResult> WriteAsync(DicomFile file, Stream stream, DicomWriteOptions options, bool async, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var syntax = ChooseSyntax(file, options);
        CheckPixelDataFits(file.Dataset, syntax);
        var meta = BuildMeta(file, syntax, options);
        // Everything is checked before the first byte, so a refused file leaves nothing half written in the stream.
        var warnings = new List<string>();
        var dataset = WithoutReadFileMeta(file.Dataset, warnings);
        var validator = new DicomDatasetValidator(options.AllowInvalidValues, options.MaxNestingDepth, warnings);
        validator.ValidateFileMeta(meta);
        validator.ValidateDataset(dataset, syntax.IsExplicitVR);
        if (file.TransferSyntax.IsBigEndian && !syntax.IsBigEndian)
        {
            warnings.Insert(0, $"The data set was read in {file.TransferSyntax.Name} and is written in {syntax.Name}: binary values were converted to little endian.");
        }
        var result = new DicomSaveResult(syntax, warnings);

        using var output = new DicomOutput(stream);
        await output.WriteAsync(file.Preamble is { Length: 128 } preamble ? preamble : new byte[128], async, ct).ConfigureAwait(false);
        await output.WriteAsync("DICM"u8.ToArray(), async, ct).ConfigureAwait(false);
        await s_metaWriter.WriteDatasetAsync(output, meta, async, ct).ConfigureAwait(false);

        var writer = new DicomDatasetWriter(syntax.IsExplicitVR, syntax.IsBigEndian);
        if (syntax.IsDeflated)
        {
            var deflate = new DeflateStream(stream, CompressionLevel.Optimal, leaveOpen: true);
            await using (deflate.ConfigureAwait(false))
            {
                await output.SwitchStreamAsync(deflate, async, ct).ConfigureAwait(false);
                await writer.WriteDatasetAsync(output, dataset, async, ct).ConfigureAwait(false);
                await output.FlushAsync(async, ct).ConfigureAwait(false);
            }
            return result;
        }
        await writer.WriteDatasetAsync(output, dataset, async, ct).ConfigureAwait(false);
        await output.FlushAsync(async, ct).ConfigureAwait(false);
        return result;
    }

    private static TransferSyntax ChooseSyntax(DicomFile file, DicomWriteOptions options)
    {
        if (options.KeepTransferSyntax)
        {
            return file.TransferSyntax;
        }
        if (options.TransferSyntax is { } chosen)
        {
            return chosen;
        }
        return file.Dataset[CoreTags.PixelData] is DicomFragments ? file.TransferSyntax : TransferSyntax.ExplicitVRLittleEndian;
    }

    // There is no transcoder: encapsulated pixel data can only be written in an encapsulated syntax, and native in a native one.
    private static void CheckPixelDataFits(DicomDataset dataset, TransferSyntax syntax)
    {
        var pixels = dataset[CoreTags.PixelData];
        if (pixels is DicomFragments && !syntax.IsEncapsulated)
        {
            throw new InvalidOperationException($"The pixel data is encapsulated and cannot be written in {syntax.Name} without transcoding.");
        }
        if (pixels is not null and not DicomFragments && syntax.IsEncapsulated)
        {
            throw new InvalidOperationException($"The pixel data is native and cannot be written in {syntax.Name} without compression.");
        }
    }

    private static DicomDataset BuildMeta(DicomFile file, TransferSyntax syntax, DicomWriteOptions options)
    {
        var meta = new DicomDataset(file.FileMetaInformation);
        if (!meta.Contains(CoreTags.FileMetaInformationVersion))
        {
            meta.SetBytes(CoreTags.FileMetaInformationVersion, DicomVR.OB, [0x00, 0x01]);
        }
        CopyUidIfMissing(meta, CoreTags.MediaStorageSOPClassUID, file.Dataset, CoreTags.SOPClassUID);
        CopyUidIfMissing(meta, CoreTags.MediaStorageSOPInstanceUID, file.Dataset, CoreTags.SOPInstanceUID);
        // Rewriting an unchanged UID would still change its padding in some files; keep the original element then.
        if (meta.GetUid(CoreTags.TransferSyntaxUID) != syntax.Uid)
        {
            meta.SetUid(CoreTags.TransferSyntaxUID, syntax.Uid);
        }
        if (!meta.Contains(CoreTags.ImplementationClassUID))
        {
            meta.SetUid(CoreTags.ImplementationClassUID, options.ImplementationClassUid);
            meta.SetString(CoreTags.ImplementationVersionName, DicomVR.SH, options.ImplementationVersionName);
        }
        meta.Remove(CoreTags.FileMetaInformationGroupLength);
        var length = s_metaWriter.MeasureDataset(meta);
        meta.SetValues(CoreTags.FileMetaInformationGroupLength, DicomVR.UL, (uint)length);
        return meta;
    }

    // The value's bytes are copied as they are: a UID read from a sloppy file is not checked again here, as it would not be
    // in the data set.
    private static void CopyUidIfMissing(DicomDataset meta, DicomTag metaTag, DicomDataset dataset, DicomTag datasetTag)
    {
        if (!meta.Contains(metaTag) && dataset.TryGetElement(datasetTag, out var element) && element.VR == DicomVR.UI && element.Length > 0)
        {
            meta.Set(new DicomElement(metaTag, DicomVR.UI, element.Value) { IsAsRead = element.IsAsRead });
        }
    }

    // Group 0002 read inside a data set cannot be written back there (a reader would take it for the meta group), and
    // refusing would break "reads without error, saves without error": such elements are left out and named in warnings.
    private static DicomDataset WithoutReadFileMeta(DicomDataset dataset, List<string> warnings)
    {
        var found = false;
        foreach (var element in dataset)
        {
            // Tag order: group 0002 comes first, so the scan ends at the first element past it.
            if (element.Tag.Group > 0x0002)
            {
                break;
            }
            found |= element.Tag.Group == 0x0002 && element.IsAsRead;
        }
        if (!found)
        {
            return dataset;
        }
        var kept = new DicomDataset();
        foreach (var e in dataset)
        {
            if (e.Tag.Group == 0x0002 && e.IsAsRead)
            {
                warnings.Add($"{e.Tag} {e.VR} was read inside the data set, where group 0002 does not belong (PS3.10 7.1), and was left out.");
                continue;
            }
            kept.AddInOrder(e);
        }
        return kept;
    }
}
