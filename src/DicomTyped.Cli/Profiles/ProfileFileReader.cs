using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DicomTyped.Cli.Commands;
using DicomTyped.Dicom;
using DicomTyped.Query;

namespace DicomTyped.Cli.Profiles;

/// <summary>
/// Reads a user's <c>.profile</c> file (format: spec/README.md) at run time into the same <see cref="QidoProfileRules"/>
/// the generator emits for the built-in ones, for <c>--profile path</c>. The generator reports faults as located
/// diagnostics at compile time; here the first fault stops the command with its file and line.
/// </summary>
internal static class ProfileFileReader
{
    /// <summary>Longest profile file read; a profile is a few kilobytes.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <exception cref="CommandLineException">The file is larger than <see cref="MaxBytes"/> or a line is malformed.</exception>
    public static QidoProfileRules Read(string path)
    {
        var file = new FileInfo(path);
        if (file.Length > MaxBytes)
        {
            throw new CommandLineException($"{path} is {file.Length} bytes, larger than a profile file may be ({MaxBytes}).");
        }
        var state = new State(path);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var words = (hash >= 0 ? raw[..hash] : raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                state.Line(words, number);
            }
        }
        return state.ToRules();
    }

    private sealed class State(string path)
    {
        private readonly List<QidoAttributeRule> _attributes = [];
        private readonly Dictionary<string, (uint Tag, string VR)> _declared = new(StringComparer.Ordinal);
        private string? _section;
        private string _name = "";
        private int? _limitMin = 1, _limitMax = 200, _limitDefault = 100;
        private bool _offset = true, _includeAll = true;

        public void Line(string[] words, int number)
        {
            if (words[0].StartsWith('['))
            {
                _section = words[0].Trim('[', ']');
                Require(_section is "declare" or "study" or "series" or "instance", number, $"'{words[0]}' is not a section");
                return;
            }
            switch (_section)
            {
                case null: Setting(words, number); break;
                case "declare": Declare(words, number); break;
                default: Attribute(words, number); break;
            }
        }

        public QidoProfileRules ToRules()
        {
            Require(_name.Length > 0, 0, "the profile has no 'profile <Name>' line");
            return new QidoProfileRules(_name, _limitMin, _limitMax, _limitDefault, _offset, _includeAll, _attributes);
        }

        private void Setting(string[] words, int number)
        {
            var value = words.Length > 1 ? words[1] : "";
            switch (words[0])
            {
                case "profile" when words.Length == 2: _name = value; break;
                case "profile": Require(false, number, "'profile' takes one name, e.g. 'profile MyPacs'"); break;
                case "title" or "namespace" or "percentdecoding": break;
                case "offset": _offset = YesNo(value, number); break;
                case "includeall": _includeAll = YesNo(value, number); break;
                case "limit" when value == "none": _limitMin = _limitMax = _limitDefault = null; break;
                case "limit": Limit(words, number); break;
                default: Require(false, number, $"'{words[0]}' is not a setting"); break;
            }
        }

        private void Limit(string[] words, int number)
        {
            Require(words.Length is 2 or 4, number, "'limit' takes MIN..MAX [default N] or none");
            var range = words[1].Split("..");
            Require(range.Length == 2 && int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
                && int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max), number, "'limit' takes MIN..MAX [default N] or none");
            _limitMin = int.Parse(range[0], CultureInfo.InvariantCulture);
            _limitMax = int.Parse(range[1], CultureInfo.InvariantCulture);
            _limitDefault = words.Length == 4 && words[2] == "default" && int.TryParse(words[3], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        }

        private void Declare(string[] words, int number)
        {
            Require(words.Length == 4 && uint.TryParse(words[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _) && words[0].Length == 8,
                number, "a [declare] line is: tag (8 hex digits) VR VM keyword");
            _declared[words[3]] = (uint.Parse(words[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), words[1]);
        }

        private void Attribute(string[] words, int number)
        {
            Require(words.Length is 4 or 5, number, "a level table line is: keyword, searchable on, matching, returned, [terms]");
            var keyword = words[0];
            (uint Tag, string VR) attribute;
            if (_declared.TryGetValue(keyword, out var declared))
            {
                attribute = declared;
            }
            else if (DicomDictionary.TryGetEntry(keyword, out var entry))
            {
                attribute = (entry.Tag.Value, entry.VRText.Length >= 2 ? entry.VRText[..2] : entry.VRText);
            }
            else
            {
                throw Fault(number, $"'{keyword}' is neither a PS3.6 keyword nor declared in [declare]");
            }
            var level = _section switch { "study" => QidoLevel.Study, "series" => QidoLevel.Series, _ => QidoLevel.Instance };
            _attributes.Add(new QidoAttributeRule(attribute.Tag, keyword, attribute.VR, level, Routes(words[1], number), Matching(words[2], number), Returned(words[3], number)));
        }

        private QidoRoutes Routes(string text, int number)
        {
            var routes = QidoRoutes.None;
            foreach (var word in Words(text))
            {
                routes |= word switch
                {
                    "studies" => QidoRoutes.Studies,
                    "series" => QidoRoutes.Series,
                    "instances" => QidoRoutes.Instances,
                    "study-series" => QidoRoutes.StudySeries,
                    "study-instances" => QidoRoutes.StudyInstances,
                    "series-instances" => QidoRoutes.SeriesInstances,
                    _ => throw Fault(number, $"'{word}' is not a route"),
                };
            }
            return routes;
        }

        private QidoMatching Matching(string text, int number)
        {
            var matching = QidoMatching.None;
            foreach (var word in Words(text))
            {
                matching |= word switch
                {
                    "exact" => QidoMatching.Exact,
                    "range" => QidoMatching.Range,
                    "fuzzy" => QidoMatching.Fuzzy,
                    "wildcard" => QidoMatching.Wildcard,
                    "list" => QidoMatching.UidList,
                    _ => throw Fault(number, $"'{word}' is not a matching kind"),
                };
            }
            return matching;
        }

        private QidoReturn Returned(string word, int number) => word switch
        {
            "default" => QidoReturn.Default,
            "all" => QidoReturn.IncludeAll,
            "computed" => QidoReturn.Computed,
            "-" => QidoReturn.OnRequest,
            _ => throw Fault(number, $"'{word}' is not a return kind"),
        };

        private static string[] Words(string text) => text == "-" ? [] : text.Split(',');

        private bool YesNo(string value, int number)
        {
            Require(value is "yes" or "no", number, "takes yes or no");
            return value == "yes";
        }

        private void Require(bool condition, int number, string message)
        {
            if (!condition)
            {
                throw Fault(number, message);
            }
        }

        private CommandLineException Fault(int number, string message) =>
            new($"{path}{(number > 0 ? $":{number}" : "")}: {message}.");
    }
}
