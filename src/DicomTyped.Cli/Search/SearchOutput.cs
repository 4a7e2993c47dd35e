using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DicomTyped.Cli.Formatting;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using Spectre.Console;

namespace DicomTyped.Cli.Search;

/// <summary>Prints matches: a table on a terminal, tab-separated columns with a header line otherwise, DICOM JSON, or CSV.</summary>
internal static class SearchOutput
{
    public static async Task WriteAsync(IReadOnlyList<DicomDataset> matches, SearchRequest request, SearchFormat format, TextWriter output, bool isTerminal)
    {
        if (format == SearchFormat.Json)
        {
            await output.WriteLineAsync(Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(matches))).ConfigureAwait(false);
            return;
        }
        var columns = SearchColumns.For(request);
        var rows = matches.Select(m => columns.Select(c => Cell(m, c)).ToArray()).ToList();
        var header = columns.Select(c => c.Keyword).ToArray();
        if (format == SearchFormat.Csv)
        {
            foreach (var line in rows.Prepend(header))
            {
                await output.WriteLineAsync(string.Join(',', line.Select(Csv))).ConfigureAwait(false);
            }
            return;
        }
        if (isTerminal)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var name in header)
            {
                table.AddColumn(new TableColumn(Markup.Escape(name)));
            }
            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{rows.Count} {Noun(request.Target, rows.Count)}[/]");
            return;
        }
        foreach (var line in rows.Prepend(header))
        {
            await output.WriteLineAsync(string.Join('\t', line.Select(c => c.Replace('\t', ' ')))).ConfigureAwait(false);
        }
    }

    private static string Cell(DicomDataset match, SearchKey column) =>
        match.TryGetElement(new DicomTag(column.Tag), out var element) ? ValueText.Format(element, match.CharacterSet) : "";

    // RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes.
    private static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static string Noun(SearchTarget target, int count) => (target, count) switch
    {
        (SearchTarget.Studies, 1) => "study",
        (SearchTarget.Studies, _) => "studies",
        (SearchTarget.Series, _) => "series",
        (_, 1) => "instance",
        _ => "instances",
    };
}
