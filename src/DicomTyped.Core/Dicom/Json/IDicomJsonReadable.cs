using System.Text.Json;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// A type that reads itself from one DICOM JSON data set object (PS3.18 F.2) with a <see cref="Utf8JsonReader"/>:
/// the generated QIDO-RS match records and WADO-RS metadata records implement it without reflection.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IDicomJsonReadable<TSelf>
    where TSelf : IDicomJsonReadable<TSelf>
{
    /// <summary>
    /// Reads one data set object. The reader is on the object's <see cref="JsonTokenType.StartObject"/>
    /// (or before it, when nothing was read yet) and is left on its <see cref="JsonTokenType.EndObject"/>.
    /// </summary>
    /// <remarks>What is accepted is stated in <see cref="DicomJsonRules"/>; a value that does not fit its VR leaves its
    /// property null and is reported in the record's <c>Warnings</c>, not thrown.</remarks>
    /// <exception cref="DicomJsonException">The JSON is malformed or not a DICOM JSON data set; the message names the tag. No other exception escapes.</exception>
    static abstract TSelf ReadFrom(ref Utf8JsonReader reader);
}
