using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Part10;
using DicomTyped.IO;
using DicomTyped.Multipart;

namespace DicomTyped.Client;

/// <summary>
/// One instance of a WADO-RS response while it is being received: its part headers and a stream over its bytes.
/// The stream is valid until the next instance is asked for (the response is read strictly in order, never buffered).
/// </summary>
public sealed class RetrievedInstance
{
    // Up to this declared size a whole instance is read into one array and parsed in place: one copy from the wire
    // instead of the stream reader's bounded chunks plus a final copy. Above it the declared length is not trusted with an
    // allocation, and the stream reader takes over.
    private const long InPlaceReadLimit = 256L * 1024 * 1024;

    internal RetrievedInstance(int number, MediaTypeWithParameters? contentType, string? contentLocation, Stream body, long? contentLength, ServerWarningSet serverWarnings)
    {
        _serverWarnings = serverWarnings;
        Number = number;
        ContentLength = contentLength;
        MediaType = contentType?.MediaType ?? Http.DicomMediaTypes.Dicom;
        TransferSyntaxUid = contentType?.GetParameter("transfer-syntax");
        ContentLocation = contentLocation;
        Body = body;
    }

    /// <summary>The 1-based position of the instance in the response.</summary>
    public int Number { get; }

    /// <summary>The part's media type, normally <c>application/dicom</c>.</summary>
    public string MediaType { get; }

    /// <summary>The transfer syntax named in the part's Content-Type, when the server named one (the file meta information is authoritative).</summary>
    public string? TransferSyntaxUid { get; }

    /// <summary>The part's Content-Location, when the server sent one.</summary>
    public string? ContentLocation { get; }

    /// <summary>The Part 10 bytes of this instance, read from the network as they are consumed.</summary>
    public Stream Body { get; }

    /// <summary>The part's declared length in bytes, when the server sent one.</summary>
    public long? ContentLength { get; }

    /// <summary>
    /// The response's <c>Warning</c> headers as sent (PS3.18 8.4.4 form <c>299 {service}: text</c>), empty when there were
    /// none. They speak of the whole response, not of one part: the embedded server says so here when it converted an
    /// instance stored in Explicit VR Big Endian to the little endian asked for. Azure and Orthanc send none on retrieve.
    /// </summary>
    public IReadOnlyList<string> ServerWarnings => _serverWarnings.Texts;

    private readonly ServerWarningSet _serverWarnings;

    /// <summary>
    /// Reads the Part 10 file from <see cref="Body"/>. Each of <see cref="ServerWarnings"/> is added to the file's
    /// <see cref="DicomFile.Warnings"/> (offset 0, no tag), after the faults the reader read through.
    /// </summary>
    /// <param name="options">
    /// How to read: <see cref="DicomReadOptions.StopBeforePixelData"/> reads only the header (the pixel data is then
    /// skipped on the wire when the next instance is asked for); the default loads everything.
    /// </param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="DicomParseException">The part is not well-formed DICOM.</exception>
    public async ValueTask<DicomFile> ReadFileAsync(DicomReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DicomReadOptions.Default;
        var loadsEverything = !options.StopBeforePixelData && options.PixelData == PixelDataHandling.Load;
        if (loadsEverything && ContentLength is > 0 and <= InPlaceReadLimit)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)ContentLength.Value);
            try
            {
                await Body.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (EndOfStreamException ex)
            {
                throw new DicomParseException($"The part ended before its declared Content-Length of {ContentLength} bytes", 0, null, ex);
            }
            return WithServerWarnings(DicomFile.Read(bytes, options));
        }
        return WithServerWarnings(await DicomFile.ReadAsync(Body, options, cancellationToken).ConfigureAwait(false));
    }

    private DicomFile WithServerWarnings(DicomFile file)
    {
        if (_serverWarnings.AsRead.Count > 0)
        {
            file.AddWarnings(_serverWarnings.AsRead);
        }
        return file;
    }

    /// <summary>Copies the instance's bytes, unchanged, to <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="cancellationToken">Cancels copying.</param>
    public Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default) =>
        Body.CopyToAsync(destination, 81920, cancellationToken);

    /// <summary>
    /// Writes the instance's bytes, unchanged, to <paramref name="path"/>: to a temporary file in the same folder first,
    /// flushed and renamed over <paramref name="path"/> only when the whole instance has arrived, so a failed or cancelled
    /// retrieve leaves a file already at <paramref name="path"/> as it was and no temporary file behind.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <exception cref="Http.DicomWebTransportException">The connection broke before the instance ended.</exception>
    /// <exception cref="MultipartException">The multipart body is malformed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        var writer = AtomicFileWriter.Create(path, asynchronous: true);
        await using (writer.ConfigureAwait(false))
        {
            await CopyToAsync(writer.Stream, cancellationToken).ConfigureAwait(false);
            await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>A response's Warning headers, as sent and as read warnings, made once for all the instances of the response.</summary>
internal sealed class ServerWarningSet
{
    public static readonly ServerWarningSet None = new([]);

    public ServerWarningSet(IReadOnlyList<string> texts)
    {
        Texts = texts;
        var asRead = new DicomReadWarning[texts.Count];
        for (var i = 0; i < asRead.Length; i++)
        {
            asRead[i] = new DicomReadWarning(null, 0, "the server warned: " + texts[i]);
        }
        AsRead = asRead;
    }

    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<DicomReadWarning> AsRead { get; }
}
