using System;
using System.Collections.Generic;

namespace DicomTyped.Client;

/// <summary>The level whose rows own an extended query tag's values, and so the QIDO-RS routes that search it.</summary>
public enum ExtendedQueryTagLevel
{
    /// <summary>Study: searched on <c>/studies</c>, <c>/series</c>, <c>/instances</c>.</summary>
    Study,
    /// <summary>Series: searched on the series and instance routes.</summary>
    Series,
    /// <summary>Instance: searched on the instance routes.</summary>
    Instance,
}

/// <summary>Where an extended query tag is in its life.</summary>
public enum ExtendedQueryTagStatus
{
    /// <summary>Added; the stored instances are being reindexed. Not searchable yet.</summary>
    Adding,
    /// <summary>Every stored instance is indexed: searchable while enabled.</summary>
    Ready,
    /// <summary>Being deleted (Azure).</summary>
    Deleting,
}

/// <summary>Whether QIDO-RS may match on an extended query tag.</summary>
public enum ExtendedQueryTagQueryStatus
{
    /// <summary>Searchable (once Ready).</summary>
    Enabled,
    /// <summary>Refused by search (400); still indexed.</summary>
    Disabled,
}

/// <summary>A tag to add (<c>POST extendedquerytags</c>).</summary>
/// <param name="Path">A keyword (e.g. <c>BodyPartExamined</c>) or 8 hex digits (<c>00180015</c>); private tags by hex only.</param>
/// <param name="Level">Study, series or instance.</param>
/// <param name="VR">The VR; required for private tags, else taken from the dictionary. Azure supports AE AS CS DA DS DT FD FL IS LO PN SH SL SS TM UI UL US.</param>
/// <param name="PrivateCreator">For a private tag, the creator whose block holds it; null for a public tag.</param>
public sealed record ExtendedQueryTagToAdd(string Path, ExtendedQueryTagLevel Level, string? VR = null, string? PrivateCreator = null);

/// <summary>An added extended query tag, as <c>GET extendedquerytags</c> describes it.</summary>
/// <param name="Path">8 hex digits.</param>
/// <param name="VR">Its VR.</param>
/// <param name="PrivateCreator">For a private tag, its creator; else null.</param>
/// <param name="Level">Study, series or instance.</param>
/// <param name="Status">Adding, Ready or Deleting.</param>
/// <param name="QueryStatus">Enabled or Disabled.</param>
/// <param name="Errors">When some instances' values could not be indexed: how many, and where to list them.</param>
/// <param name="Operation">While Adding: the reindex operation.</param>
public sealed record ExtendedQueryTag(
    string Path,
    string VR,
    string? PrivateCreator,
    ExtendedQueryTagLevel Level,
    ExtendedQueryTagStatus Status,
    ExtendedQueryTagQueryStatus QueryStatus,
    ExtendedQueryTagErrorsReference? Errors,
    DicomOperationReference? Operation);

/// <summary>How many instances of a tag could not be indexed, and the URL listing them.</summary>
/// <param name="Count">Instances with an error.</param>
/// <param name="Href">The <c>…/errors</c> URL.</param>
public sealed record ExtendedQueryTagErrorsReference(long Count, Uri Href);

/// <summary>An instance whose value of an extended query tag could not be indexed.</summary>
/// <param name="StudyInstanceUid">Study Instance UID.</param>
/// <param name="SeriesInstanceUid">Series Instance UID.</param>
/// <param name="SopInstanceUid">SOP Instance UID.</param>
/// <param name="CreatedTime">When the error was recorded (UTC).</param>
/// <param name="ErrorMessage">What was wrong with the value.</param>
public sealed record ExtendedQueryTagError(string StudyInstanceUid, string SeriesInstanceUid, string SopInstanceUid, DateTimeOffset CreatedTime, string ErrorMessage);
