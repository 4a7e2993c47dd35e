namespace DicomTyped.Client;

/// <summary>The consumer image format asked for on a rendered retrieve.</summary>
public enum RenderedFormat
{
    /// <summary><c>image/jpeg</c>, the servers' default; takes a quality.</summary>
    Jpeg,

    /// <summary><c>image/png</c>, lossless.</summary>
    Png,
}
