using System;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Tutorial;

/// <summary>
/// One of the walk-through's files, bundled in the tool. What the tutorial expects of the server (UIDs, PatientName,
/// the frame's size) is read from the file itself, not written down twice.
/// </summary>
internal sealed class TutorialSample
{
    private TutorialSample(string name, byte[] bytes, DicomDataset header)
    {
        Name = name;
        Bytes = bytes;
        StudyInstanceUid = Required(header, DicomTags.StudyInstanceUID, name);
        SeriesInstanceUid = Required(header, DicomTags.SeriesInstanceUID, name);
        SopInstanceUid = Required(header, DicomTags.SOPInstanceUID, name);
        PatientName = header.GetString(DicomTags.PatientName) ?? "";
        var samples = header.GetValue<ushort>(DicomTags.SamplesPerPixel);
        var bits = header.GetValue<ushort>(DicomTags.BitsAllocated);
        FrameLength = (long)header.GetValue<ushort>(DicomTags.Rows) * header.GetValue<ushort>(DicomTags.Columns) * samples * bits / 8;
    }

    /// <summary>The file name, such as <c>blue-circle.dcm</c>.</summary>
    public string Name { get; }

    /// <summary>The whole Part 10 file.</summary>
    public byte[] Bytes { get; }

    public string StudyInstanceUid { get; }

    public string SeriesInstanceUid { get; }

    public string SopInstanceUid { get; }

    public string PatientName { get; }

    /// <summary>Rows × Columns × SamplesPerPixel × BitsAllocated / 8: the bytes of one native frame.</summary>
    public long FrameLength { get; }

    /// <summary>A fresh stream over the file, for a store request to send and dispose.</summary>
    public Stream Open() => new MemoryStream(Bytes, writable: false);

    /// <summary>Reads the bundled file <paramref name="name"/> from the tool's resources.</summary>
    /// <exception cref="InvalidOperationException">The tool was built without the file.</exception>
    public static TutorialSample Load(string name)
    {
        using var resource = typeof(TutorialSample).Assembly.GetManifestResourceStream("samples/" + name)
            ?? throw new InvalidOperationException($"The sample {name} is not bundled in this build of dicomweb.");
        var bytes = new byte[resource.Length];
        resource.ReadExactly(bytes);
        var header = DicomFile.Read(bytes, new DicomReadOptions { StopBeforePixelData = true }).Dataset;
        return new TutorialSample(name, bytes, header);
    }

    private static string Required(DicomDataset header, DicomTag tag, string name) =>
        header.GetUid(tag) ?? throw new InvalidOperationException($"The sample {name} has no {tag}.");
}
