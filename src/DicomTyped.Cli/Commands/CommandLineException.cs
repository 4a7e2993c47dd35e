using System;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// The user asked for something the command cannot do (a missing --url, an unknown search key, a file that does not
/// exist): printed as its message alone, on one line, exit code 1.
/// </summary>
internal sealed class CommandLineException(string message) : Exception(message);
