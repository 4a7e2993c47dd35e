using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>
/// A file opened only while its part is sent, so a request of many files holds one handle at a time.
/// Its length is taken when the part is added, which is what the request's Content-Length promises.
/// </summary>
internal sealed class FilePartSource : PartSource
{
    private readonly string _path;

    public FilePartSource(string path)
    {
        _path = Path.GetFullPath(path);
        var file = new FileInfo(_path);
        Length = file.Exists ? file.Length : throw new FileNotFoundException($"The part's file does not exist: {_path}", _path);
    }

    public override long? Length { get; }

    public override ValueTask<OpenedPart> OpenAsync(CancellationToken cancellationToken)
    {
        // bufferSize 0: the sender copies through its own pooled buffer, so FileStream's would be a second copy.
        var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return ValueTask.FromResult(new OpenedPart(stream, DisposeAfterSend: true));
    }
}
