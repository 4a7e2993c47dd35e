namespace DicomTyped.Generator.Model;

/// <summary>The bounds of the QIDO-RS <c>limit</c> parameter a server accepts, and its default (0 when the server decides).</summary>
internal sealed record LimitBounds(int Min, int Max, int Default);
