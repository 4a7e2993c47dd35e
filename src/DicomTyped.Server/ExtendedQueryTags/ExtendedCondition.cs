using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DicomTyped.Query;
using DicomTyped.Server.Index;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// A condition on an extended query tag: <paramref name="Inner"/> (exact, range or word prefix, built as for the profile's
/// attributes) run against the tag's own value table instead of the profile's.
/// </summary>
internal sealed record ExtendedCondition(QidoLevel Level, uint Tag, long TagKey, string VR, IndexCondition Inner) : IndexCondition(Level, Tag)
{
    // As for the profile's ranges: '~' sorts after every character of DA, TM and DT values, so "-1200" admits 120000.
    private const string UpperBoundSuffix = "~";
    private const string PrefixEnd = "\uFFFF";

    /// <summary>Appends <c>AND {owner} IN (…)</c> for this condition; parameters are named after their position.</summary>
    public void AppendSql(StringBuilder where, List<(string, object?)> parameters, string owner)
    {
        var n = parameters.Count.ToString(CultureInfo.InvariantCulture);
        var head = $"tag_key = {TagKey.ToString(CultureInfo.InvariantCulture)}";
        var column = ExtendedQueryTagValues.IsNumber(VR) ? "number_value" : ExtendedQueryTagValues.IsDate(VR) ? "date_value" : "text_value";
        switch (Inner)
        {
            case ExactCondition exact:
                where.Append($" AND {owner} IN (SELECT owner_key FROM extended_value WHERE {head} AND {column} = $x{n})");
                parameters.Add(("$x" + n, ExtendedQueryTagValues.IsNumber(VR) && ExtendedQueryTagValues.TryParseNumber(exact.Value, out var number) ? number : exact.Value));
                break;
            case RangeCondition range:
                where.Append($" AND {owner} IN (SELECT owner_key FROM extended_value WHERE {head}");
                if (range.From is not null)
                {
                    where.Append($" AND {column} >= $xf{n}");
                    parameters.Add(("$xf" + n, range.From));
                }
                if (range.To is not null)
                {
                    where.Append($" AND {column} <= $xt{n}");
                    parameters.Add(("$xt" + n, range.To + UpperBoundSuffix));
                }
                where.Append(')');
                break;
            case WordPrefixCondition words:
                for (var i = 0; i < words.Prefixes.Count; i++)
                {
                    var name = $"$xw{n}_{i.ToString(CultureInfo.InvariantCulture)}";
                    where.Append($" AND {owner} IN (SELECT owner_key FROM extended_word WHERE {head} AND word >= {name}a AND word < {name}b)");
                    parameters.Add((name + "a", words.Prefixes[i]));
                    parameters.Add((name + "b", words.Prefixes[i] + PrefixEnd));
                }
                break;
        }
    }
}
