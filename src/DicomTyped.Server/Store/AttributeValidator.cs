using DicomTyped.Dicom;
using DicomTyped.Dicom.Validation;

namespace DicomTyped.Server.Store;

/// <summary>
/// Checks the values of the attributes the server relies on (required and searchable ones) against their VR with Core's
/// rules of PS3.5 6.2 (<see cref="DicomValueRules"/>, the ones the setters and the writer use): lengths, repertoire,
/// control characters, person-name structure and date/time forms. UIDs follow the Azure service's rule that the server's
/// paths follow (<see cref="DicomUid.IsWellFormed"/>), not PS3.5 9.1's stricter one. Returns a readable comment naming
/// the attribute and the problem, or null.
/// </summary>
internal static class AttributeValidator
{
    public static string? Check(DicomDataset dataset, DicomTag tag, string keyword, string vr)
    {
        string[] values;
        try
        {
            values = dataset.GetStrings(tag);
        }
        catch (DicomTypedException e)
        {
            return $"{keyword} {tag} cannot be decoded: {e.Message}";
        }
        foreach (var raw in values)
        {
            if (CheckValue(tag, keyword, vr, raw) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    /// <summary>Checks one value (a stored value, or a query value given as text); null when it passes.</summary>
    public static string? CheckValue(DicomTag tag, string keyword, string vr, string raw)
    {
        var value = raw.Trim(' ', '\0');
        if (value.Length == 0)
        {
            return null;
        }
        var problem = vr == "UI"
            ? DicomUid.IsWellFormed(value) ? null : "is not a UID (1 to 64 letters, digits, '.' and '-')"
            : DicomVR.TryParse(vr, out var rulesVR) && DicomValueRules.CheckValue(rulesVR, value) is { } violation
                ? $"breaks {violation.Rule}: {violation.Detail}"
                : null;
        return problem is null ? null : $"{keyword} {tag} value '{Printable(value)}' {problem}.";
    }

    private static string Printable(string value) => value.Length > 80 ? value[..80] + "…" : value;
}
