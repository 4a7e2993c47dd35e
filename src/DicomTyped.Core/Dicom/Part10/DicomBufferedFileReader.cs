using System;
using System.IO;
using System.Threading;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The synchronous Part 10 reader over a <see cref="DicomByteSource"/>: what <see cref="DicomFileReader"/> does, with
/// the input read into memory in one read for a full read and in a few small ones for a header.
/// </summary>
internal static class DicomBufferedFileReader
{
    private const int PreambleLength = DicomFileReader.PreambleLength;
    // Headers of typical files end within this; larger ones grow the input by doubling.
    private const int HeaderFirstRead = 4 * 1024;

    /// <summary>True when <paramref name="options"/> can be served from memory: nothing is to be left in the source.</summary>
    public static bool Handles(DicomReadOptions options) =>
        options.PixelData == PixelDataHandling.Load || options.StopBeforePixelData;

    /// <summary>
    /// How much to read at first: everything for a full read (but never more than the memory limit allows: a larger
    /// file is read in growing steps and refused at its limit), a few KB when stopping before pixel data.
    /// </summary>
    public static int FirstRead(DicomByteSource source, DicomReadOptions options) =>
        options.StopBeforePixelData ? HeaderFirstRead : (int)Math.Min(Math.Min(source.Length, Array.MaxLength), options.MaxTotalValueLength);

    public static DicomFile Read(DicomByteSource source, DicomReadOptions options)
    {
        var context = new Part10ReadContext(options);
        var input = new DicomBufferInput(source, FirstRead(source, options));
        byte[]? preamble = null;
        var hasHeader = input.TryEnsure(PreambleLength + 4);
        if (hasHeader && input.Peek(PreambleLength + 4)[PreambleLength..].SequenceEqual("DICM"u8))
        {
            preamble = input.Peek(PreambleLength).ToArray();
            input.Advance(PreambleLength + 4);
        }
        else if (!DicomFileReader.StartsWithKnownGroup(input.Peek(input.Buffered)))
        {
            throw DicomFileReader.NotDicom(hasHeader);
        }

        var meta = new DicomDataset();
        new DicomBufferReader(input, explicitVR: true, bigEndian: false, context).ReadMeta(meta);

        var uid = meta.TryGetElement(CoreTags.TransferSyntaxUID, out var tsElement) ? tsElement.GetString() : null;
        var named = !string.IsNullOrEmpty(uid);
        var syntax = named ? TransferSyntax.FromUid(uid!) : TransferSyntax.ImplicitVRLittleEndian;
        var dataset = new DicomDataset();
        bool stopped;
        if (syntax.IsDeflated)
        {
            stopped = ReadInflating(source, input.Position, dataset, context);
        }
        else
        {
            input.TryEnsure(6);
            var head = input.Peek(Math.Min(input.Buffered, 6));
            // Without a Transfer Syntax UID the first element decides; with one, it is checked against the first element.
            var explicitVR = named ? Part10Rules.IsExplicitVR(head, syntax.IsExplicitVR, input.Position, context) : Part10Rules.LooksExplicit(head);
            syntax = Part10Rules.SyntaxFound(syntax, explicitVR);
            var reader = new DicomBufferReader(input, explicitVR, syntax.IsBigEndian, context);
            reader.ReadTopLevel(dataset);
            stopped = reader.StoppedBeforePixelData;
        }
        return new DicomFile(meta, dataset, syntax, preamble) { StoppedBeforePixelData = stopped, Warnings = context.Warnings };
    }

    // Deflated data sets are rare and small: hand them to the stream reader, which inflates as it goes.
    private static bool ReadInflating(DicomByteSource source, long position, DicomDataset dataset, Part10ReadContext context)
    {
        var stream = source.StreamAt(position);
        using var owned = source.OwnsStreams ? stream : null;
        using var input = new DicomInput(stream, position);
        try
        {
            input.StartInflating(context.Options.MaxInflatedLength);
            input.TryEnsureAsync(6, async: false, CancellationToken.None).GetAwaiter().GetResult();
            var explicitVR = Part10Rules.IsExplicitVR(input.Peek(Math.Min(input.Buffered, 6)), declaredExplicit: true, input.Position, context);
            var reader = new DicomDatasetReader(input, explicitVR, bigEndian: false, context);
            reader.ReadTopLevelAsync(dataset, async: false, CancellationToken.None).GetAwaiter().GetResult();
            return reader.StoppedBeforePixelData;
        }
        catch (InvalidDataException ex)
        {
            throw DicomFileReader.NotDeflate(input.Position, ex);
        }
    }
}
