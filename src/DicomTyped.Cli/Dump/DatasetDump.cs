using System.Globalization;
using System.IO;
using System.Text;
using DicomTyped.Cli.Formatting;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Dump;

/// <summary>
/// A Part 10 file as text in the manner of DCMTK's dcmdump: one line per element with its tag, VR, value (text in
/// brackets, at most <see cref="MaxValueChars"/> characters), length, value multiplicity and keyword; sequence items
/// indented below their sequence.
/// </summary>
internal static class DatasetDump
{
    public const int MaxValueChars = 64;

    public static string Format(DicomFile file)
    {
        var text = new StringBuilder();
        text.AppendLine("# Dicom-File-Format");
        text.AppendLine();
        text.AppendLine("# Dicom-Meta-Information-Header");
        text.AppendLine("# Used TransferSyntax: Little Endian Explicit");
        Append(text, file.FileMetaInformation, 0);
        text.AppendLine();
        text.AppendLine("# Dicom-Data-Set");
        text.AppendLine($"# Used TransferSyntax: {file.TransferSyntax.Name} ({file.TransferSyntax.Uid})");
        Append(text, file.Dataset, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, DicomDataset dataset, int depth)
    {
        var indent = new string(' ', depth * 2);
        foreach (var element in dataset)
        {
            var keyword = DicomDictionary.TryGetEntry(element.Tag, out var entry) ? entry.Keyword : element.Tag.IsPrivate ? "PrivateTag" : "UnknownTag";
            var value = Value(element, dataset);
            var count = Multiplicity(element);
            text.Append(indent).Append(element.Tag.ToString().ToLowerInvariant()).Append(' ').Append(element.VR.ToString()).Append(' ')
                .Append(value.PadRight(System.Math.Max(0, 42 - indent.Length)))
                .Append(string.Create(CultureInfo.InvariantCulture, $" # {element.Length,4}, {count} {keyword}")).AppendLine();
            if (element is DicomSequence sequence)
            {
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    text.Append(indent).Append("  (fffe,e000) na (Item #").Append(i + 1).AppendLine(")");
                    Append(text, sequence.Items[i], depth + 2);
                }
            }
        }
    }

    private static string Value(DicomElement element, DicomDataset dataset)
    {
        var value = ValueText.Format(element, dataset.CharacterSet);
        if (element is DicomSequence or DicomFragments || !element.VR.IsString)
        {
            return value.Length == 0 ? "(no value available)" : Truncate(value);
        }
        return value.Length == 0 ? "(no value available)" : "[" + Truncate(value) + "]";
    }

    private static string Truncate(string value) => value.Length <= MaxValueChars ? value : value[..(MaxValueChars - 3)] + "...";

    private static int Multiplicity(DicomElement element)
    {
        try
        {
            return element.Count;
        }
        catch (DicomTypedException)
        {
            return 0;
        }
    }
}
