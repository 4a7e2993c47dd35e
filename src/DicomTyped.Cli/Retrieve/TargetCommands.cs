using System;
using System.CommandLine;

namespace DicomTyped.Cli.Retrieve;

/// <summary>
/// The <c>study STUDY</c>, <c>series STUDY SERIES</c> and <c>instance STUDY SERIES INSTANCE</c> subcommands that
/// <c>retrieve</c> and <c>metadata</c> share, each reading its UIDs into a <see cref="RetrieveTarget"/>.
/// </summary>
internal static class TargetCommands
{
    /// <summary>Adds the three subcommands to <paramref name="parent"/>; <paramref name="configure"/> gives each its action.</summary>
    public static void AddTo(Command parent, string what, Action<Command, Func<ParseResult, RetrieveTarget>> configure)
    {
        var study = new Command("study", $"{what} of every instance of a study") { StudyArgument() };
        configure(study, parse => new RetrieveTarget(Uid(parse, study, "study")));
        var series = new Command("series", $"{what} of every instance of a series") { StudyArgument(), SeriesArgument() };
        configure(series, parse => new RetrieveTarget(Uid(parse, series, "study"), Uid(parse, series, "series")));
        parent.Subcommands.Add(study);
        parent.Subcommands.Add(series);
        parent.Subcommands.Add(InstanceCommand("instance", $"{what} of one instance", configure));
    }

    /// <summary>A command naming one instance by its three UIDs.</summary>
    public static Command InstanceCommand(string name, string description, Action<Command, Func<ParseResult, RetrieveTarget>> configure)
    {
        var instance = new Command(name, description) { StudyArgument(), SeriesArgument(), new Argument<string>("instance") { Description = "SOP Instance UID" } };
        configure(instance, parse => new RetrieveTarget(Uid(parse, instance, "study"), Uid(parse, instance, "series"), Uid(parse, instance, "instance")));
        return instance;
    }

    private static Argument<string> StudyArgument() => new("study") { Description = "Study Instance UID" };

    private static Argument<string> SeriesArgument() => new("series") { Description = "Series Instance UID" };

    private static string Uid(ParseResult parse, Command command, string name)
    {
        foreach (var argument in command.Arguments)
        {
            if (argument.Name == name && parse.GetValue((Argument<string>)argument) is { } value)
            {
                return value;
            }
        }
        throw new ArgumentException($"The {name} UID is missing.");
    }
}
