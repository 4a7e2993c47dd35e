namespace DicomTyped.Tests.Multipart.Support;

/// <summary>How a test feeds a body to the reader and drains each part.</summary>
public enum ReadMode
{
    /// <summary>The whole body in one memory stream; parts read asynchronously in large chunks.</summary>
    WholeAsync,

    /// <summary>One byte per stream read; parts read asynchronously.</summary>
    OneBytePerReadAsync,

    /// <summary>Seven bytes per stream read; parts read synchronously, three bytes at a time.</summary>
    SmallChunksSync,
}
