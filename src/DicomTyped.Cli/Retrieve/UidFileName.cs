using System;

namespace DicomTyped.Cli.Retrieve;

/// <summary>
/// Output file names built from a UID: only after the UID passes the syntax check (PS3.5 9.1: digits and dots, at most
/// 64 characters), so no value can add a folder, climb out of one or name a device.
/// </summary>
internal static class UidFileName
{
    /// <exception cref="ArgumentException">The text is not a valid UID.</exception>
    public static string Of(string uid, string suffix) =>
        Dicom.DicomUid.IsValid(uid) ? uid + suffix : throw new ArgumentException($"'{uid}' is not a valid UID (PS3.5 9.1), so no file is named after it.");
}
