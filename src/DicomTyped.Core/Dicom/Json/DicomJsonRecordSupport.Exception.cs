using System;

namespace DicomTyped.Dicom.Json;

/// <summary>DICOM JSON (PS3.18 F.2) that cannot be read: malformed JSON, or an attribute whose value does not fit its VR.</summary>
public sealed class DicomJsonException : DicomTypedException
{
    /// <summary>Creates the exception for a problem with one attribute, or with the document when <paramref name="tag"/> is null.</summary>
    public DicomJsonException(DicomTag? tag, string problem, Exception? innerException = null)
        : base(Describe(tag, problem), innerException)
    {
        Tag = tag;
        Problem = problem;
    }

    /// <summary>The attribute whose value was malformed, or null when the document itself was.</summary>
    public DicomTag? Tag { get; }

    /// <summary>What was wrong, without the tag.</summary>
    public string Problem { get; }

    private static string Describe(DicomTag? tag, string problem)
    {
        if (tag is not { } t)
        {
            return "Malformed DICOM JSON: " + problem;
        }
        var keyword = DicomDictionary.Find(t)?.Keyword;
        return keyword is null ? $"DICOM JSON attribute {t}: {problem}" : $"DICOM JSON attribute {t} {keyword}: {problem}";
    }
}
