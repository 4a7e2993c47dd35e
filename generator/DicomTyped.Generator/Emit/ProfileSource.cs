using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>The start every generated profile file shares: header, nullable, namespace.</summary>
internal static class ProfileSource
{
    public static SourceWriter Start(ProfileModel profile)
    {
        var w = new SourceWriter();
        w.Line(SourceWriter.Header);
        w.Line($"namespace {profile.Namespace};");
        w.Line();
        return w;
    }
}
