namespace DicomTyped.Generator.Model;

/// <summary>The query/retrieve level an attribute belongs to: the table of the profile it is listed in.</summary>
internal enum QueryLevel
{
    Study,
    Series,
    Instance,
}
