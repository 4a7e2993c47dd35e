using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>Reads a Part 10 file: preamble and "DICM" (or their absence), the file meta group, then the data set.</summary>
internal static class DicomFileReader
{
    private const int PreambleLength = 128;

    public static async ValueTask<DicomFile> ReadAsync(Stream stream, DicomReadOptions options, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = new DicomInput(stream);
        try
        {
            return await ReadCoreAsync(input, options, async, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw new DicomParseException("The deflated data set is not valid raw deflate data", input.Position, null, ex);
        }
    }

    private static async ValueTask<DicomFile> ReadCoreAsync(DicomInput input, DicomReadOptions options, bool async, CancellationToken ct)
    {
        byte[]? preamble = null;
        var hasHeader = await input.TryEnsureAsync(PreambleLength + 4, async, ct).ConfigureAwait(false);
        if (hasHeader && input.Peek(PreambleLength + 4)[PreambleLength..].SequenceEqual("DICM"u8))
        {
            preamble = input.Peek(PreambleLength).ToArray();
            input.Advance(PreambleLength + 4);
        }
        else if (!StartsWithKnownGroup(input.Peek(input.Buffered)))
        {
            throw new DicomParseException("Not a DICOM file: no \"DICM\" at offset 128 and no group 0002 or 0008 element at the start", hasHeader ? PreambleLength : 0);
        }

        var meta = new DicomDataset();
        var metaReader = new DicomDatasetReader(input, explicitVR: true, bigEndian: false, options);
        await metaReader.ReadMetaAsync(meta, async, ct).ConfigureAwait(false);

        var uid = meta.TryGetElement(CoreTags.TransferSyntaxUID, out var tsElement) ? tsElement.GetString() : null;
        var syntax = string.IsNullOrEmpty(uid) ? await GuessAsync(input, async, ct).ConfigureAwait(false) : TransferSyntax.FromUid(uid);
        if (syntax.IsDeflated)
        {
            input.StartInflating();
        }

        var dataset = new DicomDataset();
        var reader = new DicomDatasetReader(input, syntax.IsExplicitVR, syntax.IsBigEndian, options);
        await reader.ReadTopLevelAsync(dataset, async, ct).ConfigureAwait(false);
        return new DicomFile(meta, dataset, syntax, preamble) { StoppedBeforePixelData = reader.StoppedBeforePixelData };
    }

    // Files written without preamble (odd exporters, raw data sets) start straight with a tag of group 0002 or 0008.
    internal static bool StartsWithKnownGroup(ReadOnlySpan<byte> buffered) =>
        buffered.Length >= 8 && (buffered[0] == 0x02 || buffered[0] == 0x08) && buffered[1] == 0x00;

    // Without a Transfer Syntax UID, look at the first element: two upper-case letters after the tag mean explicit VR.
    private static async ValueTask<TransferSyntax> GuessAsync(DicomInput input, bool async, CancellationToken ct)
    {
        if (await input.TryEnsureAsync(6, async, ct).ConfigureAwait(false))
        {
            var head = input.Peek(6);
            if (DicomVR.TryFromBytes(head[4], head[5], out _))
            {
                return TransferSyntax.ExplicitVRLittleEndian;
            }
        }
        return TransferSyntax.ImplicitVRLittleEndian;
    }
}
