using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// A DICOM Part 10 file (PS3.10 7.1): preamble, file meta information (group 0002) and the data set.
/// Dispose it when it was opened from a path with pixel data kept by reference, so the file is closed.
/// Saving is in <c>DicomFile.Save.cs</c>.
/// </summary>
public sealed partial class DicomFile : IDisposable, IAsyncDisposable
{
    private Stream? _ownedStream;

    /// <summary>Creates a file from its parts.</summary>
    /// <param name="fileMetaInformation">Group 0002 elements.</param>
    /// <param name="dataset">The data set.</param>
    /// <param name="transferSyntax">The transfer syntax the data set is (or will be) encoded in.</param>
    /// <param name="preamble">The 128-byte preamble, or null to write zeros.</param>
    public DicomFile(DicomDataset fileMetaInformation, DicomDataset dataset, TransferSyntax transferSyntax, byte[]? preamble = null)
    {
        FileMetaInformation = fileMetaInformation ?? throw new ArgumentNullException(nameof(fileMetaInformation));
        Dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        TransferSyntax = transferSyntax ?? throw new ArgumentNullException(nameof(transferSyntax));
        Preamble = preamble;
    }

    /// <summary>Creates a file for a data set, in Explicit VR Little Endian, with an empty meta group (filled in on save).</summary>
    public DicomFile(DicomDataset dataset)
        : this(new DicomDataset(), dataset, TransferSyntax.ExplicitVRLittleEndian)
    {
    }

    /// <summary>The file meta information (group 0002).</summary>
    public DicomDataset FileMetaInformation { get; }

    /// <summary>The data set.</summary>
    public DicomDataset Dataset { get; }

    /// <summary>The transfer syntax the data set was read in.</summary>
    public TransferSyntax TransferSyntax { get; }

    /// <summary>The 128-byte preamble, or null when the file had none.</summary>
    public byte[]? Preamble { get; }

    /// <summary>True when reading stopped at the pixel data (<see cref="DicomReadOptions.StopBeforePixelData"/>).</summary>
    public bool StoppedBeforePixelData { get; init; }

    /// <summary>
    /// The faults the reader read through, in the order met, each with its element's tag and offset; empty for a
    /// well-formed file and for files not read from input. See <see cref="DicomReadOptions.Strict"/> for which faults
    /// are read through and how.
    /// </summary>
    public IReadOnlyList<DicomReadWarning> Warnings { get => _warnings; init => _warnings = value; }

    private IReadOnlyList<DicomReadWarning> _warnings = [];

    // A retrieve adds what the server said of the whole response (a byte-order conversion, PS3.18 Warning 299) to the
    // file it read, so the caller finds every caveat about these bytes in one list.
    internal void AddWarnings(IReadOnlyList<DicomReadWarning> warnings) => _warnings = _warnings.Count == 0 ? warnings : [.. _warnings, .. warnings];

    /// <summary>Reads a file from a stream. With <see cref="PixelDataHandling.Reference"/> the stream must stay open while pixel data is used.</summary>
    /// <exception cref="DicomParseException">The input is not DICOM, or has a fault that cannot be read through (any fault
    /// when <see cref="DicomReadOptions.Strict"/>); <see cref="DicomLimitException"/> when it asks for more than a limit of
    /// <see cref="DicomReadOptions"/> allows. Faults read through are in <see cref="Warnings"/>.</exception>
    public static DicomFile Read(Stream stream, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DicomReadOptions.Default;
        // A seekable stream of known length is read into memory and parsed there; the rest go through the stream reader.
        if (stream.CanSeek && DicomBufferedFileReader.Handles(options) && stream.Length - stream.Position <= Array.MaxLength)
        {
            return DicomBufferedFileReader.Read(new SeekableStreamSource(stream), options);
        }
        return DicomFileReader.ReadAsync(stream, options, async: false, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Parses a file that is already in memory without copying it: element values, pixel data included, are slices of
    /// <paramref name="data"/>, which must therefore stay unchanged while the file is used.
    /// </summary>
    /// <exception cref="DicomParseException">The input is not DICOM, or has a fault that cannot be read through (any fault
    /// when <see cref="DicomReadOptions.Strict"/>); <see cref="DicomLimitException"/> when it asks for more than a limit of
    /// <see cref="DicomReadOptions"/> allows. Faults read through are in <see cref="Warnings"/>.</exception>
    public static DicomFile Read(ReadOnlyMemory<byte> data, DicomReadOptions? options = null)
    {
        options ??= DicomReadOptions.Default;
        // Memory that is not an array (native or pooled) is copied once into one.
        var segment = MemoryMarshal.TryGetArray(data, out var array) ? array : new ArraySegment<byte>(data.ToArray());
        if (DicomBufferedFileReader.Handles(options))
        {
            return DicomBufferedFileReader.Read(new MemorySource(segment), options);
        }
        return Read(new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false), options);
    }

    /// <summary>Reads a file from a stream asynchronously.</summary>
    /// <exception cref="DicomParseException">The input is not DICOM, or has a fault that cannot be read through (any fault
    /// when <see cref="DicomReadOptions.Strict"/>); <see cref="DicomLimitException"/> when it asks for more than a limit of
    /// <see cref="DicomReadOptions"/> allows. Faults read through are in <see cref="Warnings"/>.</exception>
    public static ValueTask<DicomFile> ReadAsync(Stream stream, DicomReadOptions? options = null, CancellationToken cancellationToken = default) =>
        DicomFileReader.ReadAsync(stream, options ?? DicomReadOptions.Default, async: true, cancellationToken);

    /// <summary>Opens and reads a file; with <see cref="PixelDataHandling.Reference"/> the file stays open until this object is disposed.</summary>
    /// <exception cref="DicomParseException">The file is not DICOM, or has a fault that cannot be read through (any fault
    /// when <see cref="DicomReadOptions.Strict"/>); <see cref="DicomLimitException"/> when it asks for more than a limit of
    /// <see cref="DicomReadOptions"/> allows. Faults read through are in <see cref="Warnings"/>.</exception>
    public static DicomFile Open(string path, DicomReadOptions? options = null)
    {
        options ??= DicomReadOptions.Default;
        if (DicomBufferedFileReader.Handles(options))
        {
            // A bare handle and positional reads: FileStream's layers cost more than a header's parsing.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
            var source = new FileHandleSource(handle);
            // A file too large for one array goes to the stream reader, which says which value is too large to load.
            if (options.StopBeforePixelData || source.Length <= Array.MaxLength)
            {
                return DicomBufferedFileReader.Read(source, options);
            }
        }
        // bufferSize 0: the reader buffers itself, and a second buffer would only cost memory and copies.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.None);
        try
        {
            var file = Read(stream, options);
            return Own(file, stream, options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens and reads a file asynchronously.</summary>
    /// <exception cref="DicomParseException">The file is not DICOM, or has a fault that cannot be read through (any fault
    /// when <see cref="DicomReadOptions.Strict"/>); <see cref="DicomLimitException"/> when it asks for more than a limit of
    /// <see cref="DicomReadOptions"/> allows. Faults read through are in <see cref="Warnings"/>.</exception>
    public static async Task<DicomFile> OpenAsync(string path, DicomReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DicomReadOptions.Default;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous);
        try
        {
            var file = await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
            return Own(file, stream, options);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the file opened by <see cref="Open"/> when pixel data was kept by reference.</summary>
    public void Dispose() => _ownedStream?.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _ownedStream?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static DicomFile Own(DicomFile file, Stream stream, DicomReadOptions options)
    {
        if (options.PixelData == PixelDataHandling.Reference && !file.StoppedBeforePixelData)
        {
            file._ownedStream = stream;
        }
        else
        {
            stream.Dispose();
        }
        return file;
    }
}
