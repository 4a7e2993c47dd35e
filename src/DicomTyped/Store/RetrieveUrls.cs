using System;

namespace DicomTyped.Client;

/// <summary>The UIDs in a WADO-RS RetrieveURL (<c>…/studies/{study}/series/{series}/instances/{instance}</c>, PS3.18 10.4.1).</summary>
internal static class RetrieveUrls
{
    /// <summary>The study and series named by <paramref name="retrieveUrl"/>; null for what it does not name.</summary>
    public static (string? Study, string? Series) StudyAndSeries(string? retrieveUrl)
    {
        if (string.IsNullOrEmpty(retrieveUrl))
        {
            return (null, null);
        }
        var path = retrieveUrl.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }
        string? study = null;
        string? series = null;
        string? previous = null;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range].ToString();
            if (previous == "studies")
            {
                study = segment;
            }
            else if (previous == "series")
            {
                series = segment;
            }
            previous = segment;
        }
        return (study, series);
    }
}
