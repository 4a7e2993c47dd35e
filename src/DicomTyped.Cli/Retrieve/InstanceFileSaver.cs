using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Retrieve;

/// <summary>
/// Saves one retrieved instance into the output folder under <c>{SOPInstanceUID}.dcm</c>, its bytes as the server sent
/// them. The name comes from the file's own header and is used only when it is a valid UID (PS3.5 9.1: digits and dots),
/// so nothing the server sends can point a write outside the folder. The bytes land in a hidden temporary file first
/// (flushed, complete) and are renamed into place only then; an instance without a valid UID is kept as
/// <c>unnamed-{guid}.dcm</c> and reported.
/// </summary>
internal static class InstanceFileSaver
{
    private static readonly DicomReadOptions HeaderOnly = new() { StopBeforePixelData = true };

    /// <summary>The path written, its length, and null or the reason it could not be named by its UID.</summary>
    public static async Task<(string Path, long Length, string? Warning)> SaveAsync(RetrievedInstance instance, string folder, CancellationToken cancellationToken)
    {
        var received = Path.Combine(folder, $".retrieving-{Guid.NewGuid():N}.part");
        try
        {
            await instance.SaveAsync(received, cancellationToken).ConfigureAwait(false);
            var (uid, problem) = await SopInstanceUidAsync(received, cancellationToken).ConfigureAwait(false);
            var path = Path.Combine(folder, uid is null ? $"unnamed-{Guid.NewGuid():N}.dcm" : uid + ".dcm");
            File.Move(received, path, overwrite: true);
            return (path, new FileInfo(path).Length, problem is null ? null : $"{Path.GetFileName(path)}: {problem}");
        }
        finally
        {
            File.Delete(received);
        }
    }

    private static async Task<(string? Uid, string? Problem)> SopInstanceUidAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var file = await DicomFile.OpenAsync(path, HeaderOnly, cancellationToken).ConfigureAwait(false);
            var uid = file.Dataset.GetUid(DicomTags.SOPInstanceUID);
            return uid is not null && DicomUid.IsValid(uid)
                ? (uid, null)
                : (null, "the instance has no valid SOP Instance UID, so it is not named by one");
        }
        catch (DicomParseException exception)
        {
            return (null, "the part is not readable DICOM (" + exception.Message.ReplaceLineEndings(" ").Trim() + ")");
        }
    }
}
