using System;
using System.IO;
using System.Threading;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The synchronous Part 10 reader over a <see cref="DicomByteSource"/>: what <see cref="DicomFileReader"/> does, with
/// the input read into memory in one read for a full read and in a few small ones for a header. What each step
/// decides is <see cref="Part10FileHeader"/>'s; a deflated data set is handed to <see cref="DicomFileReader"/>.
/// </summary>
internal static class DicomBufferedFileReader
{
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
        input.TryEnsure(Part10FileHeader.PrefixLength);
        input.Advance(Part10FileHeader.SkipPrefix(input.Peek(Math.Min(input.Buffered, Part10FileHeader.PrefixLength)), out var preamble));

        var meta = new DicomDataset();
        new DicomBufferReader(input, explicitVR: true, bigEndian: false, context).ReadMeta(meta);

        var syntax = Part10FileHeader.NamedSyntax(meta, out var named);
        var dataset = new DicomDataset();
        bool stopped;
        if (syntax.IsDeflated)
        {
            (syntax, stopped) = ReadInflating(source, input.Position, syntax, dataset, context);
        }
        else
        {
            input.TryEnsure(Part10FileHeader.DataSetHeadLength);
            var head = input.Peek(Math.Min(input.Buffered, Part10FileHeader.DataSetHeadLength));
            syntax = Part10FileHeader.DataSetSyntax(head, syntax, named, input.Position, context, out var explicitVR);
            var reader = new DicomBufferReader(input, explicitVR, syntax.IsBigEndian, context);
            reader.ReadTopLevel(dataset);
            stopped = reader.StoppedBeforePixelData;
        }
        return new DicomFile(meta, dataset, syntax, preamble) { StoppedBeforePixelData = stopped, Warnings = context.Warnings };
    }

    // Deflated data sets are rare and small: hand them to the stream reader's data set step, which inflates as it goes.
    private static (TransferSyntax Syntax, bool Stopped) ReadInflating(DicomByteSource source, long position, TransferSyntax syntax, DicomDataset dataset, Part10ReadContext context)
    {
        var stream = source.StreamAt(position);
        using var owned = source.OwnsStreams ? stream : null;
        using var input = new DicomInput(stream, position);
        try
        {
            return DicomFileReader.ReadDataSetAsync(input, syntax, named: true, dataset, context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (InvalidDataException ex)
        {
            throw Part10FileHeader.NotDeflate(input.Position, ex);
        }
    }
}
