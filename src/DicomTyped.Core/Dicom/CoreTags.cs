namespace DicomTyped.Dicom;

/// <summary>
/// The few tags the core itself needs. Kept apart from the generated <c>DicomTags</c> so the core does not depend on
/// which dictionary edition is built in.
/// </summary>
internal static class CoreTags
{
    public static readonly DicomTag FileMetaInformationGroupLength = new(0x00020000);
    public static readonly DicomTag FileMetaInformationVersion = new(0x00020001);
    public static readonly DicomTag MediaStorageSOPClassUID = new(0x00020002);
    public static readonly DicomTag MediaStorageSOPInstanceUID = new(0x00020003);
    public static readonly DicomTag TransferSyntaxUID = new(0x00020010);
    public static readonly DicomTag ImplementationClassUID = new(0x00020012);
    public static readonly DicomTag ImplementationVersionName = new(0x00020013);
    public static readonly DicomTag SpecificCharacterSet = new(0x00080005);
    public static readonly DicomTag SOPClassUID = new(0x00080016);
    public static readonly DicomTag SOPInstanceUID = new(0x00080018);
    public static readonly DicomTag SamplesPerPixel = new(0x00280002);
    public static readonly DicomTag NumberOfFrames = new(0x00280008);
    public static readonly DicomTag Rows = new(0x00280010);
    public static readonly DicomTag Columns = new(0x00280011);
    public static readonly DicomTag BitsAllocated = new(0x00280100);
    public static readonly DicomTag ExtendedOffsetTable = new(0x7FE00001);
    public static readonly DicomTag ExtendedOffsetTableLengths = new(0x7FE00002);
    public static readonly DicomTag FloatPixelData = new(0x7FE00008);
    public static readonly DicomTag DoubleFloatPixelData = new(0x7FE00009);
    public static readonly DicomTag PixelData = new(0x7FE00010);
    public static readonly DicomTag Item = new(0xFFFEE000);
    public static readonly DicomTag ItemDelimitationItem = new(0xFFFEE00D);
    public static readonly DicomTag SequenceDelimitationItem = new(0xFFFEE0DD);
}
