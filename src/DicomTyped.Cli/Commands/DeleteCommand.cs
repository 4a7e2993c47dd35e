using System.CommandLine;
using DicomTyped.Cli.Delete;

namespace DicomTyped.Cli.Commands;

/// <summary><c>dicomweb delete study STUDY | series STUDY SERIES | instance STUDY SERIES INSTANCE</c>: DELETE on the resource (Azure DICOM service; not part of PS3.18).</summary>
internal static class DeleteCommand
{
    public static Command Create()
    {
        var command = new Command("delete", "Delete a study, a series or an instance from the service");
        command.Subcommands.Add(Level("study", "Delete a study and everything in it", study => new DeleteTarget("study", study[0]), "study"));
        command.Subcommands.Add(Level("series", "Delete a series and its instances", s => new DeleteTarget("series", s[0], s[1]), "study", "series"));
        command.Subcommands.Add(Level("instance", "Delete one instance", s => new DeleteTarget("instance", s[0], s[1], s[2]), "study", "series", "instance"));
        return command;
    }

    private static Command Level(string name, string description, System.Func<string[], DeleteTarget> target, params string[] uids)
    {
        var arguments = System.Array.ConvertAll(uids, uid => new Argument<string>(uid) { Description = $"The {uid}'s UID" });
        var command = new Command(name, description);
        foreach (var argument in arguments)
        {
            command.Arguments.Add(argument);
        }
        return command.WithAction((context, cancellationToken) =>
            target(System.Array.ConvertAll(arguments, a => context.Get(a)!)).RunAsync(context, cancellationToken));
    }
}
