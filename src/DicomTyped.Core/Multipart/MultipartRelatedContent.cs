using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>
/// A multipart/related request body (RFC 2387, PS3.18 8.6), e.g. for STOW-RS, that streams each part from
/// its file or stream while the request is sent: nothing is buffered whole. When every part's length is
/// known the exact total is computed, so HttpClient sends Content-Length; otherwise it sends chunked.
/// </summary>
/// <example><code>
/// using var content = new MultipartRelatedContent("application/dicom");
/// content.AddFile("a.dcm", "application/dicom");
/// await http.PostAsync("studies", content, cancellationToken);
/// </code></example>
public sealed class MultipartRelatedContent : HttpContent
{
    /// <summary>The copy buffer: large writes, rented per send, below the large-object heap threshold.</summary>
    private const int CopyBufferSize = 80 * 1024;

    private readonly List<MultipartContentPart> _parts = [];
    private bool _sealed;

    /// <summary>Creates an empty body whose parts are of <paramref name="type"/>, e.g. <c>application/dicom</c>.</summary>
    /// <param name="type">The required <c>type</c> parameter: the media type of the parts (of the root part, RFC 2387).</param>
    /// <param name="boundary">A boundary of RFC 2046 characters, at most 70; a random one when null.</param>
    /// <exception cref="ArgumentException">The type is not a media type, or the boundary is not valid.</exception>
    public MultipartRelatedContent(string type, string? boundary = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!MediaTypeWithParameters.TryParse(type, out _) || !HttpSyntax.IsSafeHeaderValue(type))
        {
            throw new ArgumentException($"'{type}' is not a media type.", nameof(type));
        }
        boundary ??= MultipartBoundary.CreateRandom();
        if (!MultipartBoundary.IsValidToSend(boundary))
        {
            throw new ArgumentException(
                $"A boundary is 1 to {MultipartBoundary.MaxLength} of RFC 2046's characters (letters, digits, '()+_,-./:=? and space, not last): '{boundary}'.",
                nameof(boundary));
        }
        Type = type;
        Boundary = boundary;
        var contentType = new MediaTypeWithParameters("multipart/related", [new("type", type), new("boundary", boundary)]);
        Headers.ContentType = MediaTypeHeaderValue.Parse(contentType.ToString());
    }

    /// <summary>The <c>type</c> parameter: the media type of the parts.</summary>
    public string Type { get; }

    /// <summary>The boundary separating the parts.</summary>
    public string Boundary { get; }

    /// <summary>The parts in the order they are sent.</summary>
    public IReadOnlyList<MultipartContentPart> Parts => _parts;

    /// <summary>
    /// Adds a part read from <paramref name="content"/> (from its current position). The content takes
    /// ownership of the stream and disposes it when it is disposed; a seekable stream's length is known and
    /// it is rewound if the request is retried.
    /// </summary>
    public MultipartContentPart Add(Stream content, string contentType, string? contentLocation = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Add(new StreamPartSource(content), contentType, contentLocation);
    }

    /// <summary>
    /// Adds a part read from the file at <paramref name="path"/>, which is opened only while the part is sent.
    /// Its length is taken now; the send fails if the file has changed size by then.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public MultipartContentPart AddFile(string path, string contentType, string? contentLocation = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Add(new FilePartSource(path), contentType, contentLocation);
    }

    /// <summary>
    /// Adds a part whose stream <paramref name="openContent"/> makes when the part is sent (again on a retry);
    /// the send disposes it. Give <paramref name="length"/> when known so the request can carry Content-Length.
    /// </summary>
    public MultipartContentPart Add(Func<CancellationToken, Task<Stream>> openContent, string contentType, long? length = null, string? contentLocation = null)
    {
        ArgumentNullException.ThrowIfNull(openContent);
        return Add(new FactoryPartSource(openContent, length), contentType, contentLocation);
    }

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc/>
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _sealed = true;
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            for (var index = 0; index < _parts.Count; index++)
            {
                await WriteAsciiAsync(stream, PartOpening(index), buffer, cancellationToken).ConfigureAwait(false);
                await CopyPartAsync(index, stream, buffer, cancellationToken).ConfigureAwait(false);
            }
            await WriteAsciiAsync(stream, Closing(), buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        // HttpClient stores the computed length as the Content-Length header, so later parts would make it a lie.
        _sealed = true;
        length = 0;
        for (var index = 0; index < _parts.Count; index++)
        {
            if (_parts[index].ContentLength is not { } partLength)
            {
                length = 0;
                return false;
            }
            length += PartOpening(index).Length + partLength;
        }
        length += Closing().Length;
        return true;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var part in _parts)
            {
                part.Source.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    internal void ThrowIfSealed()
    {
        if (_sealed)
        {
            throw new InvalidOperationException("Parts cannot change once the content's length has been computed or sending has started.");
        }
    }

    private MultipartContentPart Add(PartSource source, string contentType, string? contentLocation)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        ThrowIfSealed();
        var part = new MultipartContentPart(this, source, contentType, contentLocation);
        _parts.Add(part);
        return part;
    }

    /// <summary>The delimiter line and headers before part <paramref name="index"/>'s bytes (all ASCII).</summary>
    private string PartOpening(int index)
    {
        var part = _parts[index];
        return MultipartFraming.PartOpening(Boundary, first: index == 0, part.ContentType, part.ContentLength, part.ContentLocation, part.Headers);
    }

    private string Closing() => MultipartFraming.Closing(Boundary, _parts.Count > 0);

    private async Task CopyPartAsync(int index, Stream destination, byte[] buffer, CancellationToken cancellationToken)
    {
        var part = _parts[index];
        var (source, disposeAfterSend) = await part.Source.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var declared = part.ContentLength;
            long copied = 0;
            while (true)
            {
                // With a declared length, read no further than it (plus one byte to catch a longer source), so a
                // wrong length fails the send instead of putting bytes the Content-Length did not announce on the wire.
                var want = declared is { } total ? (int)Math.Min(buffer.Length, total - copied + 1) : buffer.Length;
                var read = await source.ReadAsync(buffer.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                if (copied + read > declared)
                {
                    throw LengthMismatch(index, declared.Value, "more");
                }
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                copied += read;
            }
            if (declared is { } expected && copied != expected)
            {
                throw LengthMismatch(index, expected, $"only {copied}");
            }
        }
        finally
        {
            if (disposeAfterSend)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static InvalidOperationException LengthMismatch(int index, long declared, string actual) =>
        new($"Part {index + 1} was announced as {declared} bytes but its source gave {actual}; the request was abandoned rather than sent with wrong framing.");

    private static async ValueTask WriteAsciiAsync(Stream destination, string text, byte[] buffer, CancellationToken cancellationToken)
    {
        // Header lines are short next to the copy buffer; a longer one (many custom headers) is encoded on its own.
        if (text.Length <= buffer.Length)
        {
            var count = Encoding.ASCII.GetBytes(text, buffer);
            await destination.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await destination.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken).ConfigureAwait(false);
        }
    }
}
