using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// Reads a Part 10 file from a stream: preamble and "DICM" (or their absence), the file meta group, then the data set.
/// What each step decides is <see cref="Part10FileHeader"/>'s, shared with <see cref="DicomBufferedFileReader"/>.
/// </summary>
internal static class DicomFileReader
{
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
            throw Part10FileHeader.NotDeflate(input.Position, ex);
        }
    }

    private static async ValueTask<DicomFile> ReadCoreAsync(DicomInput input, Part10ReadContext context, bool async, CancellationToken ct)
    {
        await input.TryEnsureAsync(Part10FileHeader.PrefixLength, async, ct).ConfigureAwait(false);
        input.Advance(Part10FileHeader.SkipPrefix(input.Peek(Math.Min(input.Buffered, Part10FileHeader.PrefixLength)), out var preamble));

        var meta = new DicomDataset();
        await new DicomDatasetReader(input, explicitVR: true, bigEndian: false, context).ReadMetaAsync(meta, async, ct).ConfigureAwait(false);

        var syntax = Part10FileHeader.NamedSyntax(meta, out var named);
        var dataset = new DicomDataset();
        var (found, stopped) = await ReadDataSetAsync(input, syntax, named, dataset, context, async, ct).ConfigureAwait(false);
        return new DicomFile(meta, dataset, found, preamble) { StoppedBeforePixelData = stopped, Warnings = context.Warnings };
    }

    /// <summary>
    /// Reads the data set that starts at the input's position in <paramref name="syntax"/> (inflating it first when
    /// deflated): the syntax it was found in, and whether the read stopped before pixel data.
    /// </summary>
    internal static async ValueTask<(TransferSyntax Syntax, bool Stopped)> ReadDataSetAsync(
        DicomInput input, TransferSyntax syntax, bool named, DicomDataset dataset, Part10ReadContext context, bool async, CancellationToken ct)
    {
        if (syntax.IsDeflated)
        {
            input.StartInflating(context.Options.MaxInflatedLength);
        }
        await input.TryEnsureAsync(Part10FileHeader.DataSetHeadLength, async, ct).ConfigureAwait(false);
        var head = input.Peek(Math.Min(input.Buffered, Part10FileHeader.DataSetHeadLength));
        var found = Part10FileHeader.DataSetSyntax(head, syntax, named, input.Position, context, out var explicitVR);
        var reader = new DicomDatasetReader(input, explicitVR, found.IsBigEndian, context);
        await reader.ReadTopLevelAsync(dataset, async, ct).ConfigureAwait(false);
        return (found, reader.StoppedBeforePixelData);
    }
}
