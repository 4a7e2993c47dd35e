using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace DicomTyped.Query;

/// <summary>
/// Checks and formats QIDO-RS match values for the generated builders (DICOM text form of PS3.5 6.2,
/// ranges of PS3.4 C.2.2.2.5). Each check throws at the call that passed the bad value, naming the attribute,
/// so a search a server would answer with 400 is never sent.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class QidoValues
{
    /// <summary>A text value for single value matching.</summary>
    /// <param name="value">The value.</param>
    /// <param name="attribute">The attribute keyword, for the exception message.</param>
    /// <param name="rejectWildcards">True where the server treats <c>*</c> and <c>?</c> as wildcards, so an exact match cannot contain them.</param>
    public static string Text(string value, string attribute, bool rejectWildcards = false)
    {
        RequireValue(value, attribute);
        if (rejectWildcards && value.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            throw new ArgumentException($"{attribute}: '{value}' contains a wildcard; use {attribute}Wildcard to match a pattern.", attribute);
        }
        return value;
    }

    /// <summary>A wildcard pattern (<c>*</c> any run of characters, <c>?</c> one character).</summary>
    public static string Wildcard(string pattern, string attribute) => RequireValue(pattern, attribute);

    /// <summary>A UID: 1 to 64 letters, digits, '-' and single dots (<see cref="Dicom.DicomUid.IsWellFormed"/>).</summary>
    public static string Uid(string uid, string attribute)
    {
        RequireValue(uid, attribute);
        if (!Dicom.DicomUid.IsWellFormed(uid))
        {
            throw new ArgumentException($"{attribute}: '{uid}' is not a UID (1 to 64 letters, digits, '-' and single dots).", attribute);
        }
        return uid;
    }

    /// <summary>A list of UIDs for list matching, comma-separated (PS3.18 8.3.4.1).</summary>
    public static string UidList(IEnumerable<string> uids, string attribute)
    {
        ArgumentNullException.ThrowIfNull(uids, attribute);
        var checkedUids = new List<string>();
        foreach (var uid in uids)
        {
            checkedUids.Add(Uid(uid, attribute));
        }
        if (checkedUids.Count == 0)
        {
            throw new ArgumentException($"{attribute}: a UID list needs at least one UID.", attribute);
        }
        return string.Join(',', checkedUids);
    }

    /// <summary>DA: <c>YYYYMMDD</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A DA range, <c>from-to</c>, <c>from-</c> or <c>-to</c>; both ends inclusive.</summary>
    public static string DateRange(DateOnly? from, DateOnly? to, string attribute) =>
        Range(from, to, attribute, static d => Date(d));

    /// <summary>TM: <c>HHMMSS</c>, with <c>.FFFFFF</c> when there is a fraction of a second.</summary>
    public static string Time(TimeOnly time)
    {
        var text = time.ToString("HHmmss", CultureInfo.InvariantCulture);
        return time.Ticks % TimeSpan.TicksPerSecond == 0 ? text : text + time.ToString(".ffffff", CultureInfo.InvariantCulture);
    }

    /// <summary>A TM range, <c>from-to</c>, <c>from-</c> or <c>-to</c>; both ends inclusive.</summary>
    public static string TimeRange(TimeOnly? from, TimeOnly? to, string attribute) =>
        Range(from, to, attribute, static t => Time(t));

    /// <summary>DT: <c>YYYYMMDDHHMMSS[.FFFFFF]&amp;ZZXX</c>, with the value's UTC offset.</summary>
    public static string DateTime(DateTimeOffset value)
    {
        var text = value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        if (value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            text += value.ToString(".ffffff", CultureInfo.InvariantCulture);
        }
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return text + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture) + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>A DT range, <c>from-to</c>, <c>from-</c> or <c>-to</c>; both ends inclusive.</summary>
    public static string DateTimeRange(DateTimeOffset? from, DateTimeOffset? to, string attribute) =>
        Range(from, to, attribute, static v => DateTime(v));

    /// <summary>An integer (IS, US, SS, UL, SL, SV, UV) in invariant form.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An unsigned integer (UV) in invariant form.</summary>
    public static string Integer(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal string (DS) in invariant form, never with an exponent.</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A floating-point value (FL, FD) in invariant round-trip form.</summary>
    public static string Double(double value, string attribute)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(attribute, value, $"{attribute}: only finite numbers can be matched.");
        }
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Range<T>(T? from, T? to, string attribute, Func<T, string> format)
        where T : struct, IComparable<T>
    {
        if (from is null && to is null)
        {
            throw new ArgumentException($"{attribute}: a range needs at least one end.", attribute);
        }
        if (from is { } f && to is { } t && f.CompareTo(t) > 0)
        {
            throw new ArgumentException($"{attribute}: the range starts at {from} after it ends at {to}.", attribute);
        }
        return (from is { } a ? format(a) : "") + "-" + (to is { } b ? format(b) : "");
    }

    private static string RequireValue(string value, string attribute)
    {
        ArgumentNullException.ThrowIfNull(value, attribute);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{attribute}: an empty value is not a match (servers answer 400); leave the attribute out instead.", attribute);
        }
        return value;
    }
}
