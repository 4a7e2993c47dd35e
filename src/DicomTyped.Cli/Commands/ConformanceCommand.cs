using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Conformance;
using DicomTyped.Cli.Output;
using DicomTyped.Cli.Tutorial;
using DicomTyped.Client;
using DicomTyped.Http;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb conformance [--url URL] [--profile NAME|FILE] [--report FILE [--format json|junit]]</c>: stores a synthetic
/// study, checks every transaction the profile describes, removes the study, and prints a table of pass, fail and
/// not-supported. Without <c>--url</c> it runs against the embedded server on a temporary data folder (profile
/// azure-dicom-v2); with <c>--url</c> and no <c>--profile</c> it judges by what PS3.18 requires (dicomweb). Exit code 1 when
/// a check fails.
/// </summary>
internal static class ConformanceCommand
{
    public static Command Create()
    {
        var report = new Option<FileInfo>("--report") { Description = "Also write the report to this file" };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "The --report file's format: json, or junit (JUnit XML for CI test reporters)",
            DefaultValueFactory = _ => ReportFormat.Json,
        };
        return new Command("conformance", "Check a DICOMweb service against a conformance profile with synthetic data it stores and then removes: store, retrieve, metadata, frames, rendered, every search route and matching kind, paging, delete, change feed")
        {
            report, format,
        }.WithAction((context, cancellationToken) => RunAsync(context, context.Get(report), context.Get(format), cancellationToken));
    }

    private static async Task<int> RunAsync(CommandContext context, FileInfo? reportFile, ReportFormat format, CancellationToken cancellationToken)
    {
        // Only --url, never DICOMWEB_URL: the suite writes and deletes, so the service it touches is named on purpose.
        var url = context.Get(CliOptions.Url);
        var rules = context.Profile;
        ConformanceReport report;
        if (url is null)
        {
            if (context.Get(CliOptions.Auth) is { } auth && auth != AuthMode.None)
            {
                throw new CommandLineException("--auth applies to a service given with --url; the embedded server needs no sign-in.");
            }
            await using var server = await EmbeddedServer.StartAsync(cancellationToken).ConfigureAwait(false);
            using var client = DicomWebClient.Create(server.BaseAddress, DicomWebAuthentication.None);
            var profile = rules is null ? ConformanceProfile.EmbeddedServer : ConformanceProfile.For(rules);
            report = await RunAsync(context, client, profile, $"{server.BaseAddress} (embedded server)", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            using var client = context.CreateClient();
            var profile = rules is null ? ConformanceProfile.Standard : ConformanceProfile.For(rules);
            report = await RunAsync(context, client, profile, url.ToString(), cancellationToken).ConfigureAwait(false);
        }
        ConformanceOutput.Write(report, context.Output, context.IsTerminal);
        if (reportFile is not null)
        {
            await WriteReportAsync(report, reportFile, format, cancellationToken).ConfigureAwait(false);
        }
        if (report.Conforms)
        {
            return 0;
        }
        await context.Error.WriteLineAsync($"dicomweb: {report.Failed} of {report.Checks.Count} checks failed against profile {report.Profile.FileName}.").ConfigureAwait(false);
        return CommandErrors.Failed;
    }

    private static Task<ConformanceReport> RunAsync(CommandContext context, DicomWebClient client, ConformanceProfile profile, string target, CancellationToken cancellationToken)
    {
        var verbose = context.Verbose;
        var options = new ConformanceOptions
        {
            Profile = profile,
            OnCheck = verbose ? check => context.Error.WriteLine($"{ConformanceJsonReport.OutcomeName(check.Outcome)}: {check.Id}: {ConformanceOutput.Line(check)}") : null,
        };
        return new ConformanceRunner(client, options).RunAsync(target, cancellationToken);
    }

    // Written beside the target and renamed over it, so a failed write leaves no half report.
    private static async Task WriteReportAsync(ConformanceReport report, FileInfo file, ReportFormat format, CancellationToken cancellationToken)
    {
        file.Directory?.Create();
        var temporary = file.FullName + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (format == ReportFormat.JUnit)
                {
                    ConformanceJUnitReport.Write(report, stream);
                }
                else
                {
                    ConformanceJsonReport.Write(report, stream);
                }
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>The <c>--report</c> file's format.</summary>
    internal enum ReportFormat
    {
        /// <summary>The JSON of <see cref="ConformanceJsonReport"/>.</summary>
        Json,

        /// <summary>JUnit XML (<see cref="ConformanceJUnitReport"/>).</summary>
        JUnit,
    }
}
