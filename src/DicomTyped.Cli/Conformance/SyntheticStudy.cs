using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Query;

namespace DicomTyped.Cli.Conformance;

/// <summary>
/// The study the suite stores: synthetic, with fresh <c>2.25.</c> UIDs (PS3.5 B.2) and no patient's data. Series A holds
/// three single-frame instances (the third in Implicit VR Little Endian, for transfer syntax negotiation), series B one
/// multi-frame instance (three frames, for frame retrieval), series C one instance stored as a single-part body. Every
/// attribute the profile can search on is given a value, so that each route and matching kind has something to find.
/// </summary>
internal sealed class SyntheticStudy
{
    public const int Rows = 4;
    public const int Columns = 5;
    private const string SingleFrameClass = "1.2.840.10008.5.1.4.1.1.7";       // Secondary Capture Image Storage
    private const string MultiFrameClass = "1.2.840.10008.5.1.4.1.1.7.3";      // Multi-frame Grayscale Word SC Image Storage

    private SyntheticStudy(string study, IReadOnlyList<SyntheticInstance> multipart, SyntheticInstance singlePart)
    {
        Study = study;
        Multipart = multipart;
        SinglePart = singlePart;
    }

    public string Study { get; }

    /// <summary>Series A's three instances and series B's multi-frame one, stored in one multipart request.</summary>
    public IReadOnlyList<SyntheticInstance> Multipart { get; }

    /// <summary>Series C's instance, stored alone as <c>application/dicom</c>.</summary>
    public SyntheticInstance SinglePart { get; }

    public IReadOnlyList<SyntheticInstance> SeriesA => Multipart.Where(i => i.Name.StartsWith('A')).ToList();

    public SyntheticInstance MultiFrame => Multipart.Single(i => i.Frames > 1);

    /// <summary>The instance stored in Implicit VR Little Endian.</summary>
    public SyntheticInstance Implicit => Multipart.Single(i => i.TransferSyntax == TransferSyntax.ImplicitVRLittleEndian);

    public static SyntheticStudy Create(QidoProfileRules rules)
    {
        var study = DicomUid.Generate();
        var seriesA = DicomUid.Generate();
        var seriesB = DicomUid.Generate();
        var seriesC = DicomUid.Generate();
        var pattern = 0;
        SyntheticInstance Make(string name, string series, int seriesNumber, int instanceNumber, int frames, TransferSyntax syntax) =>
            Instance(rules, name, study, series, seriesNumber, instanceNumber, frames, syntax, ++pattern);
        return new SyntheticStudy(study,
            [
                Make("A1", seriesA, 1, 1, 1, TransferSyntax.ExplicitVRLittleEndian),
                Make("A2", seriesA, 1, 2, 1, TransferSyntax.ExplicitVRLittleEndian),
                Make("A3", seriesA, 1, 3, 1, TransferSyntax.ImplicitVRLittleEndian),
                Make("B1", seriesB, 2, 1, 3, TransferSyntax.ExplicitVRLittleEndian),
            ],
            Make("C1", seriesC, 3, 1, 1, TransferSyntax.ExplicitVRLittleEndian));
    }

    private static SyntheticInstance Instance(QidoProfileRules rules, string name, string study, string series, int seriesNumber, int instanceNumber, int frames, TransferSyntax syntax, int pattern)
    {
        var d = new DicomDataset();
        d.SetString(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        d.SetUid(DicomTags.SOPClassUID, frames > 1 ? MultiFrameClass : SingleFrameClass);
        d.SetUid(DicomTags.SOPInstanceUID, DicomUid.Generate());
        d.SetUid(DicomTags.StudyInstanceUID, study);
        d.SetUid(DicomTags.SeriesInstanceUID, series);
        d.SetString(DicomTags.Modality, DicomVR.CS, "OT");
        d.SetString(DicomTags.SeriesNumber, DicomVR.IS, seriesNumber.ToString(CultureInfo.InvariantCulture));
        d.SetString(DicomTags.InstanceNumber, DicomVR.IS, instanceNumber.ToString(CultureInfo.InvariantCulture));
        d.SetString(DicomTags.ConversionType, DicomVR.CS, "SYN");
        // Every searchable attribute the structure above did not set gets the same synthetic value in every instance.
        foreach (var rule in rules.Attributes.Where(r => r.SearchableOn != QidoRoutes.None))
        {
            var tag = new DicomTag(rule.Tag);
            if (!d.Contains(tag) && SyntheticValues.Stored(rule) is { } value)
            {
                d.SetString(tag, DicomVR.Parse(rule.VR), value);
            }
        }
        if (!d.Contains(DicomTags.PatientID))
        {
            d.SetString(DicomTags.PatientID, DicomVR.LO, SyntheticValues.Text);
        }
        var pixels = Pixels(frames, pattern);
        d.SetValues(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1);
        d.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        if (frames > 1)
        {
            d.SetString(DicomTags.NumberOfFrames, DicomVR.IS, frames.ToString(CultureInfo.InvariantCulture));
        }
        d.SetValues(DicomTags.Rows, DicomVR.US, (ushort)Rows);
        d.SetValues(DicomTags.Columns, DicomVR.US, (ushort)Columns);
        d.SetValues(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        d.SetValues(DicomTags.BitsStored, DicomVR.US, (ushort)12);
        d.SetValues(DicomTags.HighBit, DicomVR.US, (ushort)11);
        d.SetValues(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        d.SetBytes(DicomTags.PixelData, DicomVR.OW, pixels);
        return new SyntheticInstance(name, d, syntax, frames, pixels);
    }

    // 16-bit greyscale, 12 bits stored, each frame (and each instance) with values of its own so a mixed-up frame shows.
    private static byte[] Pixels(int frames, int pattern)
    {
        var pixels = new byte[frames * Rows * Columns * 2];
        for (var i = 0; i < pixels.Length / 2; i++)
        {
            BitConverter.TryWriteBytes(pixels.AsSpan(i * 2), (ushort)((i * 97 + pattern * 389) % 4096));
        }
        return pixels;
    }
}
