namespace DicomTyped.Http;

/// <summary>The media types a DICOMweb client asks for, either alone or as the <c>type</c> of a multipart/related response.</summary>
public enum DicomMediaType
{
    /// <summary><c>application/dicom</c>: Part 10 files.</summary>
    Dicom,

    /// <summary><c>application/dicom+json</c>: DICOM JSON.</summary>
    DicomJson,

    /// <summary><c>application/octet-stream</c>: uncompressed frames or bulk data.</summary>
    OctetStream,

    /// <summary><c>image/jp2</c>: JPEG 2000 frames.</summary>
    Jpeg2000,

    /// <summary><c>image/jpeg</c>: rendered JPEG.</summary>
    Jpeg,

    /// <summary><c>image/png</c>: rendered PNG.</summary>
    Png,
}
