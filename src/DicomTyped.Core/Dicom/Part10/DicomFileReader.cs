using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>Reads a Part 10 file: preamble and "DICM" (or their absence), the file meta group, then the data set.</summary>
internal static class DicomFileReader
{
    public const int PreambleLength = 128;

    public static async ValueTask<DicomFile> ReadAsync(Stream stream, DicomReadOptions options, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = new DicomInput(stream);
        try
        {
            return await ReadCoreAsync(input, new Part10ReadContext(options), async, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw NotDeflate(input.Position, ex);
        }
    }

    internal static DicomParseException NotDeflate(long offset, Exception inner) =>
        new("The deflated data set is not valid raw deflate data", offset, null, inner);

    internal static DicomParseException NotDicom(bool hasHeader) =>
        new("Not a DICOM file: no \"DICM\" at offset 128 and no group 0002 or 0008 element at the start", hasHeader ? PreambleLength : 0);

    private static async ValueTask<DicomFile> ReadCoreAsync(DicomInput input, Part10ReadContext context, bool async, CancellationToken ct)
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
            throw NotDicom(hasHeader);
        }

        var meta = new DicomDataset();
        var metaReader = new DicomDatasetReader(input, explicitVR: true, bigEndian: false, context);
        await metaReader.ReadMetaAsync(meta, async, ct).ConfigureAwait(false);

        var uid = meta.TryGetElement(CoreTags.TransferSyntaxUID, out var tsElement) ? tsElement.GetString() : null;
        var named = !string.IsNullOrEmpty(uid);
        var syntax = named ? TransferSyntax.FromUid(uid!) : TransferSyntax.ImplicitVRLittleEndian;
        if (syntax.IsDeflated)
        {
            input.StartInflating(context.Options.MaxInflatedLength);
        }
        await input.TryEnsureAsync(6, async, ct).ConfigureAwait(false);
        var head = input.Peek(Math.Min(input.Buffered, 6));
        // Without a Transfer Syntax UID the first element decides; with one, it is checked against the first element.
        var explicitVR = named ? Part10Rules.IsExplicitVR(head, syntax.IsExplicitVR, input.Position, context) : Part10Rules.LooksExplicit(head);
        syntax = Part10Rules.SyntaxFound(syntax, explicitVR);

        var dataset = new DicomDataset();
        var reader = new DicomDatasetReader(input, explicitVR, syntax.IsBigEndian, context);
        await reader.ReadTopLevelAsync(dataset, async, ct).ConfigureAwait(false);
        return new DicomFile(meta, dataset, syntax, preamble) { StoppedBeforePixelData = reader.StoppedBeforePixelData, Warnings = context.Warnings };
    }

    // Files written without preamble (odd exporters, raw data sets) start straight with a tag of group 0002 or 0008.
    internal static bool StartsWithKnownGroup(ReadOnlySpan<byte> buffered) =>
        buffered.Length >= 8 && (buffered[0] == 0x02 || buffered[0] == 0x08) && buffered[1] == 0x00;
}
