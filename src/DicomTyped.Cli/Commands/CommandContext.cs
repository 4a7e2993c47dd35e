using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Output;
using DicomTyped.Cli.Profiles;
using DicomTyped.Client;
using DicomTyped.Query;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// What a command's action gets: its parsed arguments, where to write, whether that is a terminal, and the service
/// (built on first use from the global options, so commands that need none, such as <c>dump</c>, never ask for a URL).
/// </summary>
internal sealed class CommandContext(ParseResult parse)
{
    private ServiceConnection? _service;

    public ParseResult Parse => parse;

    /// <summary>Results: stdout (or the test's writer).</summary>
    public TextWriter Output => parse.InvocationConfiguration.Output;

    /// <summary>Errors and progress notes: stderr.</summary>
    public TextWriter Error => parse.InvocationConfiguration.Error;

    /// <summary><c>--verbose</c>.</summary>
    public bool Verbose => parse.GetValue(CliOptions.Verbose);

    /// <summary>True when <see cref="Output"/> is a terminal: tables and colours; false means plain text.</summary>
    public bool IsTerminal => Terminal.IsTerminal(Output);

    /// <summary>The service of <c>--url</c>/<c>--auth</c>/<c>--token</c>.</summary>
    /// <exception cref="CommandLineException">No URL was given.</exception>
    public ServiceConnection Service => _service ??= ServiceConnection.From(parse);

    /// <summary>The profile named by <c>--profile</c>, or null when none was given.</summary>
    /// <exception cref="CommandLineException">An unknown name or an unreadable profile file.</exception>
    public QidoProfileRules? Profile => ProfileCatalog.Resolve(parse.GetValue(CliOptions.Profile));

    /// <summary>A client for the service; the caller disposes it.</summary>
    public DicomWebClient CreateClient(DicomWebClientOptions? options = null) => Service.CreateClient(options);

    public T? Get<T>(Option<T> option) => parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => parse.GetValue(argument);
}

/// <summary>Wires a command's action through <see cref="CommandErrors"/>, so every command fails the same way.</summary>
internal static class CommandActions
{
    /// <summary>Sets <paramref name="action"/> as <paramref name="command"/>'s action and returns the command.</summary>
    public static Command WithAction(this Command command, Func<CommandContext, CancellationToken, Task<int>> action)
    {
        command.SetAction((parse, cancellationToken) =>
        {
            var context = new CommandContext(parse);
            return CommandErrors.RunAsync(context.Error, context.Verbose, () => action(context, cancellationToken));
        });
        return command;
    }
}
