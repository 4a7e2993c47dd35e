using System.Collections.Generic;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Everything generated for one conformance profile: the single entry point the pipeline calls.</summary>
internal static class ProfileEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ProfileModel profile)
    {
        var prefix = profile.Name + ".";
        yield return (prefix + "Qido.g.cs", QidoEntryEmitter.Emit(profile));
        foreach (var route in QidoRoute.All)
        {
            yield return (prefix + route.Builder + ".g.cs", QueryBuilderEmitter.Emit(profile, route));
        }
        if (TermsEnumEmitter.HasTerms(profile))
        {
            yield return (prefix + "Terms.g.cs", TermsEnumEmitter.Emit(profile));
        }
        yield return (prefix + "Records.g.cs", RecordEmitter.Emit(profile));
        yield return (prefix + "RecordReaders.g.cs", JsonReaderEmitter.Emit(profile));
    }
}
