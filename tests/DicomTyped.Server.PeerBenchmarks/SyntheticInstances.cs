using System;
using System.Globalization;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Server.PeerBenchmarks;

/// <summary>
/// Instances made with the DicomTyped core, cheaply: a small (about 5 KB) Secondary Capture with 64 × 64 8-bit pixels,
/// and copies of the walk-through's 2.9 MB blue-circle with new UIDs. Patients, names and dates follow a fixed
/// pattern so both servers index exactly the same values and the searches know how many match.
/// </summary>
internal static class SyntheticInstances
{
    public const int PatientCount = 5_000;

    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Johnson",
        "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
        "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper",
        "Morris", "Ward", "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Patel", "Young",
        "Allen", "Mitchell", "James", "Anderson", "Phillips", "Lee", "Bell", "Parker", "Davis", "Kelly",
    ];

    private static readonly string[] GivenNames = ["John", "Mary", "Ahmed", "Li", "Olga", "Pedro", "Aiko", "Noah"];

    private static readonly byte[] Pixels = CreatePixels();

    /// <summary>PatientID of patient <paramref name="patient"/>, such as <c>P00042</c>.</summary>
    public static string PatientId(int patient) => "P" + patient.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Study <paramref name="study"/>'s date: one a day from 2015-01-01, wrapping every ten years.</summary>
    public static DateOnly StudyDate(int study) => new DateOnly(2015, 1, 1).AddDays(study % 3650);

    /// <summary>One small instance of study <paramref name="study"/> (its patient is study mod <see cref="PatientCount"/>).</summary>
    public static byte[] Small(int study, string studyUid, string seriesUid, string sopInstanceUid, int instanceNumber)
    {
        var patient = study % PatientCount;
        var dataset = new DicomDataset();
        dataset.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        dataset.SetUid(DicomTags.SOPInstanceUID, sopInstanceUid);
        dataset.SetUid(DicomTags.StudyInstanceUID, studyUid);
        dataset.SetUid(DicomTags.SeriesInstanceUID, seriesUid);
        dataset.SetString(DicomTags.PatientID, DicomVR.LO, PatientId(patient));
        dataset.SetString(DicomTags.PatientName, DicomVR.PN, $"{Surnames[patient % Surnames.Length]}^{GivenNames[patient / Surnames.Length % GivenNames.Length]}");
        dataset.SetDate(DicomTags.StudyDate, StudyDate(study));
        dataset.SetString(DicomTags.AccessionNumber, DicomVR.SH, "A" + study.ToString("D7", CultureInfo.InvariantCulture));
        dataset.SetString(DicomTags.Modality, DicomVR.CS, "OT");
        dataset.SetString(DicomTags.StudyDescription, DicomVR.LO, "Synthetic benchmark study");
        dataset.SetString(DicomTags.InstanceNumber, DicomVR.IS, instanceNumber.ToString(CultureInfo.InvariantCulture));
        dataset.SetValues<ushort>(DicomTags.SamplesPerPixel, DicomVR.US, 1);
        dataset.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        dataset.SetValues<ushort>(DicomTags.Rows, DicomVR.US, 64);
        dataset.SetValues<ushort>(DicomTags.Columns, DicomVR.US, 64);
        dataset.SetValues<ushort>(DicomTags.BitsAllocated, DicomVR.US, 8);
        dataset.SetValues<ushort>(DicomTags.BitsStored, DicomVR.US, 8);
        dataset.SetValues<ushort>(DicomTags.HighBit, DicomVR.US, 7);
        dataset.SetValues<ushort>(DicomTags.PixelRepresentation, DicomVR.US, 0);
        dataset.SetBytes(DicomTags.PixelData, DicomVR.OW, Pixels);
        return Encode(new DicomFile(dataset));
    }

    /// <summary>blue-circle with a new study, series and SOP Instance UID.</summary>
    public static byte[] Large(DicomFile template, string studyUid, string seriesUid, string sopInstanceUid)
    {
        template.Dataset.SetUid(DicomTags.StudyInstanceUID, studyUid);
        template.Dataset.SetUid(DicomTags.SeriesInstanceUID, seriesUid);
        template.Dataset.SetUid(DicomTags.SOPInstanceUID, sopInstanceUid);
        template.FileMetaInformation.SetUid(DicomTags.MediaStorageSOPInstanceUID, sopInstanceUid);
        return Encode(template);
    }

    private static byte[] Encode(DicomFile file)
    {
        using var buffer = new MemoryStream();
        file.SaveAsync(buffer).AsTask().GetAwaiter().GetResult();
        return buffer.ToArray();
    }

    private static byte[] CreatePixels()
    {
        var pixels = new byte[64 * 64];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i % 64 * 4);
        }
        return pixels;
    }
}
