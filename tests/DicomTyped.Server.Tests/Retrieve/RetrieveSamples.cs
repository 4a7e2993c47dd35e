using System;
using System.Collections.Generic;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Tests.Support;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>
/// The files the retrieve tests store: the walk-through's three, and the extra samples rewritten with UIDs of their own
/// (several extra samples share UIDs), each kept in its own transfer syntax, plus files made here for what the samples
/// lack: multi-frame native and encapsulated pixel data, and an instance without pixel data.
/// </summary>
internal sealed class RetrieveSamples
{
    public const string WalkThroughStudy = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420";
    public const string WalkThroughSeries = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652";
    public const string RedTriangle = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395";

    private readonly Dictionary<string, Sample> _samples = new(StringComparer.Ordinal);

    public RetrieveSamples(string folder)
    {
        Folder = folder;
        StudyUid = DicomUid.Generate();
        SeriesUid = DicomUid.Generate();
        foreach (var name in new[] { "blue-circle", "green-square", "red-triangle" })
        {
            var path = TestPaths.Data("dcms", name + ".dcm");
            using var file = DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true });
            _samples[name] = new Sample(name, path, file.Dataset.GetUid(DicomTags.StudyInstanceUID)!, file.Dataset.GetUid(DicomTags.SeriesInstanceUID)!, file.Dataset.GetUid(DicomTags.SOPInstanceUID)!);
        }
        foreach (var name in new[]
        {
            "rgb256_ImplicitVRLittleEndian", "rgb256_ExplicitVRBigEndian", "rgb256_ExplicitVRLittleEndian", "rgb256_JPEG2000Lossless",
            "rgb256_RLELossless", "ot636x434_DeflatedExplicitVRLE", "ot636x434_JPEGExtendedP2_4", "case1_008_MR_ImplicitVRLE_sequences",
            "layer1_SM_JPEGBaseline_sequences",
        })
        {
            var file = DicomFile.Open(TestPaths.Data("dcms", "extra", name + ".dcm"));
            Add(name, file);
        }
        Add("multiframe-native", MultiFrameNative());
        Add("multiframe-jpeg", MultiFrameJpeg());
        Add("no-pixel-data", NoPixelData());
    }

    /// <summary>The folder the rewritten files are in.</summary>
    public string Folder { get; }

    /// <summary>The study every rewritten sample is in.</summary>
    public string StudyUid { get; }

    /// <summary>The series every rewritten sample is in.</summary>
    public string SeriesUid { get; }

    public Sample this[string name] => _samples[name];

    public IEnumerable<Sample> All => _samples.Values;

    private void Add(string name, DicomFile file)
    {
        var sop = DicomUid.Generate();
        file.Dataset.SetUid(DicomTags.StudyInstanceUID, StudyUid);
        file.Dataset.SetUid(DicomTags.SeriesInstanceUID, SeriesUid);
        file.Dataset.SetUid(DicomTags.SOPInstanceUID, sop);
        if (!file.Dataset.Contains(DicomTags.PatientID))
        {
            file.Dataset.SetString(DicomTags.PatientID, DicomVR.LO, "RETRIEVE");
        }
        file.FileMetaInformation.SetUid(DicomTags.MediaStorageSOPInstanceUID, sop);
        var path = Path.Combine(Folder, name + ".dcm");
        file.Save(path, DicomWriteOptions.SourceTransferSyntax);
        file.Dispose();
        _samples[name] = new Sample(name, path, StudyUid, SeriesUid, sop);
    }

    // Three 5x4 frames of 16-bit unsigned greyscale, each frame's values distinct, in Explicit VR Little Endian.
    private static DicomFile MultiFrameNative()
    {
        var dataset = ImageHeader("1.2.840.10008.5.1.4.1.1.7.2", rows: 4, columns: 5, frames: 3, samples: 1, bits: 16, "MONOCHROME2");
        var pixels = new byte[3 * 4 * 5 * 2];
        for (var i = 0; i < pixels.Length / 2; i++)
        {
            BitConverter.TryWriteBytes(pixels.AsSpan(i * 2), (ushort)(i * 97 % 4096));
        }
        dataset.SetBytes(DicomTags.PixelData, DicomVR.OW, pixels);
        return new DicomFile(new DicomDataset(), dataset, TransferSyntax.ExplicitVRLittleEndian);
    }

    // The JPEG Baseline frame of layer1 three times, one fragment per frame, with an empty Basic Offset Table.
    private static DicomFile MultiFrameJpeg()
    {
        using var source = DicomFile.Open(TestPaths.Data("dcms", "extra", "layer1_SM_JPEGBaseline_sequences.dcm"));
        var frame = Dicom.Pixels.DicomFrames.GetFrame(source.Dataset, 1).ToArray();
        var dataset = ImageHeader("1.2.840.10008.5.1.4.1.1.7.4", rows: source.Dataset.GetValue<int>(DicomTags.Rows), columns: source.Dataset.GetValue<int>(DicomTags.Columns), frames: 3, samples: 3, bits: 8, "YBR_FULL_422");
        dataset.Set(new DicomFragments(DicomTags.PixelData, DicomVR.OB, ReadOnlyMemory<byte>.Empty, [new DicomFragment(frame), new DicomFragment(frame), new DicomFragment(frame)]));
        var meta = new DicomDataset();
        return new DicomFile(meta, dataset, TransferSyntax.JPEGBaseline8Bit);
    }

    private static DicomFile NoPixelData()
    {
        var dataset = new DicomDataset();
        dataset.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.88.11");
        dataset.SetString(DicomTags.Modality, DicomVR.CS, "SR");
        dataset.SetString(DicomTags.PatientID, DicomVR.LO, "RETRIEVE");
        return new DicomFile(new DicomDataset(), dataset, TransferSyntax.ExplicitVRLittleEndian);
    }

    private static DicomDataset ImageHeader(string sopClass, int rows, int columns, int frames, int samples, int bits, string photometric)
    {
        var dataset = new DicomDataset();
        dataset.SetUid(DicomTags.SOPClassUID, sopClass);
        dataset.SetString(DicomTags.Modality, DicomVR.CS, "OT");
        dataset.SetString(DicomTags.PatientID, DicomVR.LO, "RETRIEVE");
        dataset.SetValues(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)samples);
        dataset.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, photometric);
        if (samples == 3)
        {
            dataset.SetValues(DicomTags.PlanarConfiguration, DicomVR.US, (ushort)0);
        }
        dataset.SetString(DicomTags.NumberOfFrames, DicomVR.IS, frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        dataset.SetValues(DicomTags.Rows, DicomVR.US, (ushort)rows);
        dataset.SetValues(DicomTags.Columns, DicomVR.US, (ushort)columns);
        dataset.SetValues(DicomTags.BitsAllocated, DicomVR.US, (ushort)bits);
        dataset.SetValues(DicomTags.BitsStored, DicomVR.US, (ushort)bits);
        dataset.SetValues(DicomTags.HighBit, DicomVR.US, (ushort)(bits - 1));
        dataset.SetValues(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        return dataset;
    }
}

/// <summary>A stored sample: its file as sent, and its UIDs.</summary>
internal sealed record Sample(string Name, string Path, string Study, string Series, string Instance)
{
    public string InstanceRoute => $"studies/{Study}/series/{Series}/instances/{Instance}";
}
