using System.Collections.Generic;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Placeholder until the profile emitters land: emits nothing for a profile.</summary>
internal static class ProfileEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ProfileModel profile)
    {
        yield break;
    }
}
