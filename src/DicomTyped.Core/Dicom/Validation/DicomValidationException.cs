using System;

namespace DicomTyped.Dicom.Validation;

/// <summary>
/// A data set cannot be written as it is: an element breaks a rule of its VR (PS3.5 6.2) or the structure of a data set
/// (PS3.5 7, PS3.10 7.1). Thrown by <c>DicomFile.Save</c> and <c>SaveAsync</c> before any byte is written; the setters
/// of <see cref="DicomDataset"/> throw an <see cref="ArgumentException"/> with this exception as its inner exception.
/// The message names the element (its tag and where it sits in nested items), the VR and the rule; it does not quote
/// the value, which may identify a patient.
/// </summary>
public sealed class DicomValidationException : DicomTypedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="tag">The element that breaks the rule.</param>
    /// <param name="vr">Its VR.</param>
    /// <param name="rule">The rule broken.</param>
    /// <param name="detail">What exactly was wrong, for example "65 characters, more than 64".</param>
    /// <param name="location">Where the element sits, for example "(0040,0275)[0] > "; empty at the top level.</param>
    public DicomValidationException(DicomTag tag, DicomVR vr, DicomValidationRule rule, string detail, string location = "")
        : base($"{location}{tag} {vr}: {rule}: {detail}")
    {
        Tag = tag;
        VR = vr;
        Rule = rule;
        Detail = detail;
        Location = location;
    }

    /// <summary>The tag of the element that breaks the rule.</summary>
    public DicomTag Tag { get; }

    /// <summary>The element's VR.</summary>
    public DicomVR VR { get; }

    /// <summary>The rule broken.</summary>
    public DicomValidationRule Rule { get; }

    /// <summary>What exactly was wrong (a length, a character's position, the value's index), without the value itself.</summary>
    public string Detail { get; }

    /// <summary>The path of sequence tags and item indexes that leads to the element; empty at the top level.</summary>
    public string Location { get; }
}
