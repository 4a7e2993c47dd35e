namespace DicomTyped.Dicom.Validation;

/// <summary>
/// The rule a value or a data set's structure broke, as named by <see cref="DicomValidationException.Rule"/>.
/// Value rules come from PS3.5 6.2 (table 6.2-1); structure rules from PS3.5 7 and PS3.10 7.1.
/// </summary>
public enum DicomValidationRule
{
    /// <summary>A value is longer than its VR allows (for example LO 64 characters, AE 16 bytes, UI 64 bytes; PS3.5 6.2).</summary>
    MaximumLength,

    /// <summary>A character outside the VR's repertoire (for example lower case in CS, a non-digit in IS; PS3.5 6.2).</summary>
    CharacterRepertoire,

    /// <summary>A control character (CR, LF, TAB, ...) in a VR that allows none, such as SH or LO; LT, ST and UT allow CR, LF and FF (PS3.5 6.1.3, 6.2).</summary>
    ControlCharacter,

    /// <summary>A backslash inside one value of a VR where the backslash separates values, which would turn one value into two (PS3.5 6.4), or in UR.</summary>
    Backslash,

    /// <summary>The value does not follow its VR's form: UI (PS3.5 9.1), DA, TM, DT, AS, DS, IS (PS3.5 6.2).</summary>
    Syntax,

    /// <summary>An IS value outside -2³¹ to 2³¹-1 (PS3.5 6.2).</summary>
    Range,

    /// <summary>A DS value that is NaN or infinite, which DS cannot represent (PS3.5 6.2).</summary>
    NotFinite,

    /// <summary>A PN value with more than three component groups or more than five components in a group (PS3.5 6.2.1).</summary>
    PersonNameStructure,

    /// <summary>A binary value whose length is not a multiple of its VR's value size (for example US: 2 bytes; PS3.5 6.2).</summary>
    BinaryLength,

    /// <summary>A value too long for the length field of the encoding (16 bits in explicit VR for most VRs; PS3.5 7.1.2).</summary>
    LengthField,

    /// <summary>An element whose VR is not one of PS3.5 table 6.2-1.</summary>
    UnknownVR,

    /// <summary>An Item or delimitation tag (group FFFE) used as a data element (PS3.5 7.5).</summary>
    ItemTagAsElement,

    /// <summary>An element with VR SQ whose value is bytes rather than items (PS3.5 7.5).</summary>
    SequenceAsBytes,

    /// <summary>A File Meta Information element (group 0002) inside the data set, or another group in the file meta information (PS3.10 7.1).</summary>
    FileMetaGroup,

    /// <summary>A data set that holds itself through sequence items, which no encoding can represent.</summary>
    Cycle,

    /// <summary>Sequences nested deeper than <c>DicomWriteOptions.MaxNestingDepth</c>.</summary>
    NestingDepth,
}
