using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DicomTyped.Cli.Commands;
using DicomTyped.Query;

namespace DicomTyped.Cli.Profiles;

/// <summary>
/// Resolves <c>--profile</c>: a built-in profile by its file name (<c>azure-dicom-v2</c>, <c>orthanc</c>, <c>dicomweb</c>)
/// or its profile name (<c>AzureDicomV2</c>), case-insensitive, or the path of a <c>.profile</c> file
/// (format: spec/README.md).
/// </summary>
internal static class ProfileCatalog
{
    private static readonly (string FileName, QidoProfileRules Rules)[] s_builtIn =
    [
        ("azure-dicom-v2", DicomTyped.Profiles.AzureDicomV2.QidoSearchRules.Rules),
        ("orthanc", DicomTyped.Profiles.Orthanc.QidoSearchRules.Rules),
        ("dicomweb", DicomTyped.Profiles.DicomWeb.QidoSearchRules.Rules),
    ];

    /// <summary>The built-in names, for help and errors.</summary>
    public static IEnumerable<string> BuiltInNames => s_builtIn.Select(p => p.FileName);

    /// <summary>The rules <paramref name="nameOrPath"/> names; null when it is null.</summary>
    /// <exception cref="CommandLineException">Neither a built-in name nor an existing readable profile file.</exception>
    public static QidoProfileRules? Resolve(string? nameOrPath)
    {
        if (nameOrPath is null)
        {
            return null;
        }
        foreach (var (fileName, rules) in s_builtIn)
        {
            if (string.Equals(nameOrPath, fileName, StringComparison.OrdinalIgnoreCase) || string.Equals(nameOrPath, rules.Name, StringComparison.OrdinalIgnoreCase))
            {
                return rules;
            }
        }
        if (File.Exists(nameOrPath))
        {
            return ProfileFileReader.Read(nameOrPath);
        }
        throw new CommandLineException($"--profile '{nameOrPath}' is neither a built-in profile ({string.Join(", ", BuiltInNames)}) nor an existing .profile file.");
    }
}
