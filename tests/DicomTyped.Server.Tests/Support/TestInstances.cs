using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Server.Tests.Support;

/// <summary>Small instances made in code, the walk-through's files, and raw multipart bodies.</summary>
public static class TestInstances
{
    public const string Study = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420";
    public const string SharedSeries = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652";
    public const string BlueSeries = "1.2.826.0.1.3680043.8.498.77033797676425927098669402985243398207";
    public const string BlueCircle = "1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114";
    public const string GreenSquare = "1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212";
    public const string RedTriangle = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395";

    public static string Dcm(string name) => TestPaths.Data("dcms", name);

    public static DicomDataset Dataset(
        string study, string series, string sop, string patientName = "DOE^JOHN", string patientId = "P1",
        string studyDate = "20240115", string modality = "CT", string? accession = null)
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        ds.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        ds.SetUid(DicomTags.SOPInstanceUID, sop);
        ds.SetUid(DicomTags.StudyInstanceUID, study);
        ds.SetUid(DicomTags.SeriesInstanceUID, series);
        ds.SetString(DicomTags.PatientID, DicomVR.LO, patientId);
        ds.SetString(DicomTags.PatientName, DicomVR.PN, patientName);
        // Set raw: some tests send a StudyDate that breaks the DA syntax on purpose, which the setter would refuse.
        ds.Set(new DicomElement(DicomTags.StudyDate, DicomVR.DA, System.Text.Encoding.ASCII.GetBytes(studyDate.Length % 2 == 0 ? studyDate : studyDate + " ")));
        ds.SetString(DicomTags.Modality, DicomVR.CS, modality);
        ds.SetString(DicomTags.StudyDescription, DicomVR.LO, "Head " + modality);
        ds.SetString(DicomTags.SeriesNumber, DicomVR.IS, "1");
        ds.SetString(DicomTags.InstitutionName, DicomVR.LO, "General Hospital");
        if (accession is not null)
        {
            ds.SetString(DicomTags.AccessionNumber, DicomVR.SH, accession);
        }
        return ds;
    }

    /// <summary>A Part 10 file of <paramref name="dataset"/>, with a preamble of <paramref name="preambleByte"/>.</summary>
    public static byte[] Part10(DicomDataset dataset, byte preambleByte = 0)
    {
        using var stream = new MemoryStream();
        // Invalid values are allowed here on purpose: the server is what must refuse or warn about them.
        new DicomFile(dataset).Save(stream, new DicomWriteOptions { AllowInvalidValues = true });
        var bytes = stream.ToArray();
        // The writer may zero the preamble itself; set it as a hostile sender would.
        System.Array.Fill(bytes, preambleByte, 0, 128);
        return bytes;
    }

    public const string Boundary = "test-boundary-0123456789";

    /// <summary>A multipart/related body of the parts, closed or (for a malformed body) cut after the last part.</summary>
    public static HttpContent Multipart(IEnumerable<(string ContentType, byte[] Body)> parts, bool close = true, string type = "application/dicom")
    {
        using var body = new MemoryStream();
        foreach (var (contentType, bytes) in parts)
        {
            body.Write(Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Type: {contentType}\r\n\r\n"));
            body.Write(bytes);
            body.Write("\r\n"u8);
        }
        if (close)
        {
            body.Write(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        }
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/related; type=\"{type}\"; boundary={Boundary}");
        return content;
    }

    public static HttpRequestMessage StoreRequest(string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Accept.ParseAdd("application/dicom+json");
        return request;
    }
}
