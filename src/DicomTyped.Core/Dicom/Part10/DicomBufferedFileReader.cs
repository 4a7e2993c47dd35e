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
    private const int PreambleLength = 128;
    // Headers of typical files end within this; larger ones grow the input by doubling.
    private const int HeaderFirstRead = 4 * 1024;

    /// <summary>True when <paramref name="options"/> can be served from memory: nothing is to be left in the source.</summary>
    public static bool Handles(DicomReadOptions options) =>
        options.PixelData == PixelDataHandling.Load || options.StopBeforePixelData;

    /// <summary>How much to read at first: everything for a full read, a few KB when stopping before pixel data.</summary>
    public static int FirstRead(DicomByteSource source, DicomReadOptions options) =>
        options.StopBeforePixelData ? HeaderFirstRead : (int)Math.Min(source.Length, Array.MaxLength);

    public static DicomFile Read(DicomByteSource source, DicomReadOptions options)
    {
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
            throw new DicomParseException("Not a DICOM file: no \"DICM\" at offset 128 and no group 0002 or 0008 element at the start", hasHeader ? PreambleLength : 0);
        }

        var meta = new DicomDataset();
        new DicomBufferReader(input, explicitVR: true, bigEndian: false, options).ReadMeta(meta);

        var uid = meta.TryGetElement(CoreTags.TransferSyntaxUID, out var tsElement) ? tsElement.GetString() : null;
        var syntax = string.IsNullOrEmpty(uid) ? Guess(input) : TransferSyntax.FromUid(uid);
        var dataset = new DicomDataset();
        bool stopped;
        if (syntax.IsDeflated)
        {
            stopped = ReadInflating(source, input.Position, dataset, options);
        }
        else
        {
            var reader = new DicomBufferReader(input, syntax.IsExplicitVR, syntax.IsBigEndian, options);
            reader.ReadTopLevel(dataset);
            stopped = reader.StoppedBeforePixelData;
        }
        return new DicomFile(meta, dataset, syntax, preamble) { StoppedBeforePixelData = stopped };
    }

    // Deflated data sets are rare and small: hand them to the stream reader, which inflates as it goes.
    private static bool ReadInflating(DicomByteSource source, long position, DicomDataset dataset, DicomReadOptions options)
    {
        var stream = source.StreamAt(position);
        using var owned = source.OwnsStreams ? stream : null;
        using var input = new DicomInput(stream, position);
        try
        {
            input.StartInflating();
            var reader = new DicomDatasetReader(input, explicitVR: true, bigEndian: false, options);
            reader.ReadTopLevelAsync(dataset, async: false, CancellationToken.None).GetAwaiter().GetResult();
            return reader.StoppedBeforePixelData;
        }
        catch (InvalidDataException ex)
        {
            throw new DicomParseException("The deflated data set is not valid raw deflate data", input.Position, null, ex);
        }
    }

    // Without a Transfer Syntax UID, look at the first element: two upper-case letters after the tag mean explicit VR.
    private static TransferSyntax Guess(DicomBufferInput input)
    {
        if (input.TryEnsure(6))
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
